import { Link } from "@/components/ui/link";
import { SearchBox } from "@/components/services/search-box";
import { TeamPhone } from "@/components/ui/team-phone";

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl">Page not found</h1>
      <p className="mt-3">
        If you typed the web address, check it is correct. The service you are looking for may have moved or closed.
      </p>
      <div className="mt-6 max-w-2xl bg-panel p-4">
        <SearchBox label="Search for a service instead" />
      </div>
      <p className="mt-6">
        <Link href="/services">Browse all services</Link> or call the Local Offer team on <TeamPhone />.
      </p>
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { TeamPhone } from "@/components/ui/team-phone";
import { pageMetadata } from "@/lib/platform/page-metadata";

export const metadata: Metadata = pageMetadata("/about", {
  title: "About the Local Offer",
  description:
    "What the Local Offer is: the support for children and young people aged 0 to 25 with SEND in Seabourne, and how to get it.",
});

export default function AboutPage() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl">About the Seabourne Local Offer</h1>
      <p>
        Every council in England must publish a Local Offer. It tells you what support there is for children and young
        people aged 0 to 25 with special educational needs and disabilities (SEND), and how to get it.
      </p>
      <h2 className="text-2xl">What you will find here</h2>
      <ul className="list-disc space-y-1 ps-6">
        <li>education: nurseries, schools, colleges and the extra help they give</li>
        <li>health: therapies, assessments, nursing and mental health support</li>
        <li>social care: short breaks, direct payments and support for carers</li>
        <li>things to do: clubs, sport and activities that welcome everyone</li>
        <li>preparing for adulthood: work, living more independently, friends and health</li>
        <li>advice and support for parents, carers and young people</li>
      </ul>
      <h2 className="text-2xl">Keeping it up to date</h2>
      <p>
        Each service is checked at least once a year by the people who run it, and the date of the last check is shown
        on its page. If something is wrong, email{" "}
        <a href="mailto:localoffer@seabourne.gov.uk">localoffer@seabourne.gov.uk</a> and we will correct it.
      </p>
      <h2 className="text-2xl">Do you run a service?</h2>
      <p>
        If your service can help children and young people with SEND or their families, it can be listed here for free.
        This includes council and NHS teams, schools, charities, clubs and private businesses.{" "}
        <Link href="/add-your-service">Add your service</Link>.
      </p>
      <h2 className="text-2xl">If you do not use the internet</h2>
      <p>
        Call the Local Offer team on <TeamPhone />, Monday to Friday, 9am to 5pm. We can search for you and post or read
        out the details. Staff in every Seabourne library can help too.
      </p>
      <p>
        <Link href="/services">Find services</Link>
      </p>
    </div>
  );
}

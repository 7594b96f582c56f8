import type { Metadata } from "next";
import { Link } from "@/components/ui/link";

export const metadata: Metadata = { title: "Your list has been sent", robots: { index: false } };

export default function ShortlistEmailSentPage() {
  return (
    <>
      <div className="border-s-8 border-success bg-panel p-4">
        <h1 className="text-3xl">Your list has been sent</h1>
      </div>
      <p className="mt-4 max-w-2xl">
        Check your email. If it is not there in a few minutes, look in your spam or junk folder. We have not kept your
        email address.
      </p>
      <p className="mt-4">
        <Link href="/shortlist">Back to your list</Link>
      </p>
    </>
  );
}

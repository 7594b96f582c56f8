import type { Metadata } from "next";
import { FeedbackForm } from "@/components/feedback/feedback-form";
import { Link } from "@/components/ui/link";
import { sendFeedbackAction } from "@/lib/feedback/submit/actions";
import { publicPagePath } from "@/lib/feedback/page-path";

export const metadata: Metadata = { title: "Give feedback", robots: { index: false } };

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function FeedbackPage({ searchParams }: Props) {
  const raw = (await searchParams).page;
  // Only a real public page's path is carried (and the server checks it again).
  const page = publicPagePath(Array.isArray(raw) ? raw[0] : raw);
  return (
    <>
      <h1 className="text-3xl">Give feedback on the Local Offer</h1>
      <p className="mt-3 max-w-2xl">
        Tell us what you think of the Local Offer: the information on this website, the services in it, support that is
        missing, or how families are involved. A council officer reads every comment, and it helps us decide what to
        change. You do not need to give your name.
      </p>
      {page && (
        <p className="mt-3 max-w-2xl">
          We will keep a note that you came from the page <Link href={page}>{page}</Link>.
        </p>
      )}
      <p className="mt-3 max-w-2xl">
        Is a service missing? <Link href="/feedback/missing">Tell us about support that is missing</Link>.
      </p>
      <FeedbackForm action={sendFeedbackAction} page={page} />
    </>
  );
}

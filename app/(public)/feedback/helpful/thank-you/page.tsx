import type { Metadata } from "next";
import { FollowUpForm } from "@/components/feedback/follow-up-form";
import { Link } from "@/components/ui/link";
import { sendFollowUpAction } from "@/lib/feedback/submit/actions";
import { loadFollowUp } from "@/lib/feedback/submit/loaders";

export const metadata: Metadata = { title: "Thank you for your answer", robots: { index: false } };

type Props = { searchParams: Promise<{ ref?: string | string[]; answer?: string | string[]; sent?: string }> };

export default async function HelpfulThankYouPage({ searchParams }: Props) {
  const params = await searchParams;
  const ref = typeof params.ref === "string" ? params.ref : "";
  // The page the answer was about, from the signed row: never from the address, which anyone can write.
  const followUp = ref ? await loadFollowUp(ref) : null;
  const back = followUp?.pagePath ?? "/";
  if (params.sent) {
    return (
      <>
        <div className="border-s-8 border-success bg-panel p-4">
          <h1 className="text-3xl">Thank you for telling us</h1>
        </div>
        <p className="mt-4 max-w-2xl">
          A council officer reads what families tell us, and it helps us decide what to change.
        </p>
        <p className="mt-4">
          <Link href="/services">Find services</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <div className="border-s-8 border-success bg-panel p-4">
        <h1 className="text-3xl">Thank you for your answer</h1>
      </div>
      {followUp?.open ? (
        <>
          <p className="mt-4 max-w-2xl">
            {params.answer === "no"
              ? "Sorry this page did not help. Telling us what you were looking for helps us put it right."
              : "It helps us to know what people come to this page for."}
          </p>
          <FollowUpForm action={sendFollowUpAction} reference={ref} />
        </>
      ) : (
        <p className="mt-4 max-w-2xl">We have your answer.</p>
      )}
      <ul className="mt-6 space-y-2">
        <li>
          <Link href={`/feedback?page=${encodeURIComponent(back)}`}>Tell us more in our feedback form</Link>
        </li>
        <li>
          <Link href="/feedback/missing">Tell us about support that is missing</Link>
        </li>
        <li>
          <Link href={back}>Go back to the page you were on</Link>
        </li>
      </ul>
    </>
  );
}

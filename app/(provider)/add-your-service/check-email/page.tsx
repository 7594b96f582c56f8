import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { Honeypot } from "@/components/ui/honeypot";
import { Link } from "@/components/ui/link";
import { resendConfirmationAction } from "@/lib/submissions/actions";
import { loadOptionalDraft } from "@/lib/submissions/loaders";
import { CONFIRM_LINK_HOURS, HONEYPOT } from "@/lib/submissions/schema";
import { SITE } from "@/lib/platform/site";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

type Props = { searchParams: Promise<{ again?: string }> };

export default async function CheckEmailPage({ searchParams }: Props) {
  const [{ again }, draft] = await Promise.all([searchParams, loadOptionalDraft()]);
  const waiting = draft?.state === "awaiting_confirmation" ? draft : null;
  return (
    <>
      <h1 className="text-3xl">Check your email</h1>
      {again && (
        <p role="status" className="mt-4 max-w-2xl border-l-8 border-success bg-panel p-4">
          We sent a new link. Any earlier link no longer works.
        </p>
      )}
      <div className="mt-4 max-w-2xl space-y-3">
        <p>
          We sent a link to {waiting?.email ? <strong>{waiting.email}</strong> : "the email address you gave"}. Open it
          to send your service to the council.
        </p>
        <p>
          Nothing reaches the council until you open the link. It works once, for {CONFIRM_LINK_HOURS} hours. If it is
          not there in a few minutes, look in your spam or junk folder.
        </p>
      </div>
      {waiting && (
        <>
          <h2 className="mt-8 text-2xl">No email?</h2>
          <ActionForm action={resendConfirmationAction} hidden={{}} submitLabel="Send the link again" secondary>
            <Honeypot name={HONEYPOT} />
          </ActionForm>
          <p className="mt-4">
            If the email address is wrong, <Link href="/add-your-service/check-answers">change it and send again</Link>.
          </p>
        </>
      )}
      <p className="mt-6 max-w-2xl">
        Need help? Email {SITE.email} or call {SITE.phone}.
      </p>
    </>
  );
}

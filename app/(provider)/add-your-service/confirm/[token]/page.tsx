import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { Honeypot } from "@/components/ui/honeypot";
import { Link } from "@/components/ui/link";
import { confirmSubmissionAction, resendConfirmationAction } from "@/lib/submissions/actions";
import { loadConfirmLink } from "@/lib/submissions/loaders";
import { HONEYPOT } from "@/lib/submissions/schema";
import { SITE } from "@/lib/platform/site";

export const metadata: Metadata = { title: "Send your service", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

const PROBLEMS = {
  unknown: {
    title: "This link does not work",
    text: "Check you copied the whole link from the email. If you asked for a new link, use the newest email.",
  },
  used: {
    title: "Your service has already been sent",
    text: "This link has been used, so the council has your service. We will email you when it has been checked.",
  },
  expired: {
    title: "This link has expired",
    text: "Links work for a short time to keep your answers safe. We can send you a new one.",
  },
} as const;

// Opening the link changes nothing (email scanners open links too): only the button sends.
export default async function ConfirmSubmissionPage({ params }: Props) {
  const { token } = await params;
  const { problem, serviceName } = await loadConfirmLink(token);
  if (problem)
    return (
      <>
        <h1 className="text-3xl">{PROBLEMS[problem].title}</h1>
        <p className="mt-3 max-w-2xl">{PROBLEMS[problem].text}</p>
        {problem === "expired" && (
          <ActionForm action={resendConfirmationAction} hidden={{ token }} submitLabel="Send me a new link">
            <Honeypot name={HONEYPOT} />
          </ActionForm>
        )}
        <p className="mt-6 max-w-2xl">
          {problem === "unknown" && (
            <>
              You can also <Link href="/add-your-service">go back to your draft</Link>.{" "}
            </>
          )}
          Need help? Email {SITE.email} or call {SITE.phone}.
        </p>
      </>
    );
  return (
    <>
      <h1 className="text-3xl">Send {serviceName || "your service"} to the council</h1>
      <p className="mt-3 max-w-2xl">
        Thank you for confirming your email address. Press the button to send your service. A council officer will check
        it before families can see it.
      </p>
      <ActionForm action={confirmSubmissionAction} hidden={{ token }} submitLabel="Send my service" />
    </>
  );
}

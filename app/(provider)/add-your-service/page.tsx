import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { Honeypot } from "@/components/ui/honeypot";
import { Link } from "@/components/ui/link";
import { startSubmissionAction } from "@/lib/submissions/actions";
import { loadOptionalDraft } from "@/lib/submissions/loaders";
import { DRAFT_DAYS, HONEYPOT } from "@/lib/submissions/schema";
import { SITE } from "@/lib/platform/site";

export const metadata: Metadata = { title: "Add your service to the Local Offer" };

type Props = { searchParams: Promise<{ expired?: string }> };

export default async function AddYourServicePage({ searchParams }: Props) {
  const [{ expired }, draft] = await Promise.all([searchParams, loadOptionalDraft()]);
  return (
    <>
      <h1 className="text-3xl">Add your service to the Local Offer</h1>
      {expired && !draft && (
        <p role="status" className="mt-4 max-w-2xl border-l-8 border-warning bg-panel p-4">
          We could not find your draft. It may have been sent already, or it is more than {DRAFT_DAYS} days old. You can
          start again below.
        </p>
      )}
      <div className="mt-4 max-w-2xl space-y-3">
        <p>
          Families use the {SITE.name} to find support for children and young people aged 0 to 25 with special
          educational needs and disabilities (SEND).
        </p>
        <p>
          Any service that can help them can be listed, free of charge: council and NHS teams, schools and colleges,
          charities, clubs and community groups, and private businesses.
        </p>
        <h2 className="pt-2 text-2xl">What you need</h2>
        <ul className="list-disc pl-6">
          <li>what the service does and who it is for</li>
          <li>how families can start using it, where and when it runs, and what it costs</li>
          <li>a phone number or email address families can use</li>
          <li>your own email address, so we can check it is you</li>
        </ul>
        <p>
          It takes about 20 minutes. You do not need an account.
          <br />
          We save your answers as you go. They stay on this device for {DRAFT_DAYS} days.
        </p>
        <h2 className="pt-2 text-2xl">What happens next</h2>
        <p>
          A council officer checks every new service before families can see it. This usually takes up to 10 working
          days. We email you when it is live, and then you can sign in to keep it up to date.
        </p>
      </div>
      {draft ? (
        <p className="mt-6">
          <Link href="/add-your-service/tasks" className="button">
            Continue your draft
          </Link>
        </p>
      ) : (
        <ActionForm action={startSubmissionAction} hidden={{}} submitLabel="Start now">
          <Honeypot name={HONEYPOT} />
        </ActionForm>
      )}
      <p className="mt-6 max-w-2xl">
        If you cannot use this form, email {SITE.email} or call {SITE.phone} and we will add your service for you.
      </p>
    </>
  );
}

// The review page's part for a new service sent through "Add your service": who sent it, its
// organisation if it is new and still waiting (approve it here first: lib/organisations'
// requireApprovedOrganisation refuses the service until then), and the categories and needs the
// officer sets (the sender's choices were only suggestions).
import { ActionForm } from "@/components/ui/action-form";
import { OrganisationDetails } from "@/components/admin/organisation-details";
import { SubmittedTermsForm } from "@/components/admin/submitted-terms-form";
import Link from "next/link";
import { approveOrganisationAction } from "@/lib/organisations/approve-action";
import type { OrganisationKind } from "@/lib/organisations/labels";
import { setSubmittedTermsAction } from "@/lib/submissions/actions";

type Term = { code: string; name: string };
type Props = {
  submission: {
    email: string | null;
    name: string | null;
    organisation: {
      id: string;
      name: string;
      approvedAt: Date | null;
      archivedAt: Date | null;
      kind: OrganisationKind;
      description: string;
      website: string | null;
      email: string | null;
      phone: string | null;
      charityNumber: string | null;
      companyNumber: string | null;
    } | null;
    suggested: { categories?: unknown; needs?: unknown };
  };
  revision: { id: string; state: string; serviceId: string | null; updatedAt: Date; data: unknown };
  vocabulary: { categories: Term[]; needs: Term[] };
  notice: { termsSaved: boolean; organisationApproved: boolean };
};

const listOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function SubmissionReview({ submission: s, revision, vocabulary, notice }: Props) {
  const org = s.organisation;
  const waiting = revision.state === "submitted" && !!org && !org.approvedAt && !org.archivedAt;
  const data = (revision.data ?? {}) as { categories?: unknown; needs?: unknown };
  return (
    <>
      <p className="mt-2">
        Sent through Add your service by {s.name || "someone who did not give a name"}
        {s.email ? ` (${s.email})` : ""}.
      </p>
      {notice.organisationApproved && (
        <p role="status" className="mt-4 border-l-8 border-success bg-panel p-4">
          {org?.name ?? "The organisation"} is approved, and the person who sent this service can now sign in for it.
          You can now approve the service.
        </p>
      )}
      {notice.termsSaved && (
        <p role="status" className="mt-4 border-l-8 border-success bg-panel p-4">
          The categories and needs are saved. They are in the table below.
        </p>
      )}
      {waiting && (
        <section aria-labelledby="waiting-organisation" className="mt-6 border-l-8 border-warning bg-panel p-4">
          <h2 id="waiting-organisation" className="text-2xl">
            {org.name} is new and waiting for approval
          </h2>
          <p className="mt-2">
            This service cannot be approved until the organisation is. Check the organisation&apos;s details first. When
            you approve it, the organisation can be chosen by other providers, and the person who sent this service
            becomes one of its providers.
          </p>
          <OrganisationDetails organisation={org} />
          <p className="mt-2">
            <Link href={`/admin/organisations/${org.id}`}>See {org.name}&apos;s page</Link>
          </p>
          <ActionForm
            action={approveOrganisationAction}
            hidden={{ organisationId: org.id, revisionId: revision.id }}
            submitLabel="Approve organisation"
          />
        </section>
      )}
      {/* Merged into an existing listing, it is an edit of that listing's own categories and needs. */}
      {revision.state === "submitted" && !revision.serviceId && (
        <section aria-labelledby="terms" className="mt-6">
          <h2 id="terms" className="text-2xl">
            Categories and needs
          </h2>
          <p className="mt-2">
            The provider&apos;s choices are only a suggestion: they are marked, and ticked until you save your own. The
            service goes live with what is saved here.
          </p>
          <SubmittedTermsForm
            action={setSubmittedTermsAction}
            revisionId={revision.id}
            version={revision.updatedAt.toISOString()}
            terms={vocabulary}
            chosen={{ categories: listOf(data.categories), needs: listOf(data.needs) }}
            suggested={{ categories: listOf(s.suggested.categories), needs: listOf(s.suggested.needs) }}
          />
        </section>
      )}
    </>
  );
}

// The three decisions on the review page of a change to an advice page or an organisation's details:
// approve (refused if the change or the live version moved since the page was opened), ask for
// changes, or return with a reason. The page shows it only to an officer who may decide (four eyes).
import { ActionForm } from "@/components/ui/action-form";
import { AskForChanges } from "@/components/admin/ask-for-changes";
import { ReturnToAuthor } from "@/components/admin/return-to-author";
import type { FormState } from "@/lib/platform/action-client";

type Action = (prev: FormState | null, fd: FormData) => Promise<FormState>;

type Props = {
  revision: { id: string; updatedAt: Date };
  /** When the live version was last written: approving a change made against an older one is refused. */
  liveUpdatedAt: Date;
  approve: Action;
  returnToAuthor: Action;
  /** What approving does, in a sentence: "The public page changes at once." */
  onApprove: string;
};

export function ChangeDecision({ revision, liveUpdatedAt, approve, returnToAuthor, onApprove }: Props) {
  return (
    <div className="mt-8 grid gap-8 md:grid-cols-2">
      <section aria-labelledby="approve">
        <h2 id="approve" className="text-2xl">
          Approve
        </h2>
        <p className="mt-2">{onApprove}</p>
        <ActionForm
          action={approve}
          hidden={{
            revisionId: revision.id,
            version: revision.updatedAt.toISOString(),
            liveVersion: liveUpdatedAt.toISOString(),
          }}
          submitLabel="Approve the change"
        />
      </section>
      <AskForChanges revisionId={revision.id} />
      <ReturnToAuthor action={returnToAuthor} revisionId={revision.id} />
    </div>
  );
}

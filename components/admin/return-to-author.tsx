// "Return to the author" on a review page: the reason is required and emailed; the author's version
// is kept. One form for listing changes and organisation-profile changes alike.
import type { ReactNode } from "react";
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/platform/action-client";

export function ReturnToAuthor({
  action,
  revisionId,
  hint = "The author gets this by email. Their version is kept.",
  children,
}: {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  revisionId: string;
  /** What happens to the reason and the version (a sender through "Add your service" keeps no version). */
  hint?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby="reject">
      <h2 id="reject" className="text-2xl">
        Return to the author
      </h2>
      {children}
      <ActionForm
        action={action}
        hidden={{ revisionId }}
        submitLabel="Return with reason"
        secondary
        reasonField={{
          name: "reason",
          label: "What needs to change",
          hint,
        }}
      />
    </section>
  );
}

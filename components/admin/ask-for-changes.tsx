// "Ask for changes" on a review page: the officer's message is emailed and the author's version is
// kept for them to change and send again. One form for listing changes, organisation-profile changes
// and services sent through "Add your service" (whose sender gets a link that reopens their answers).
import { ActionForm } from "@/components/ui/action-form";
import { requestChangesAction } from "@/lib/moderation/actions";

export function AskForChanges({ revisionId, who = "provider" }: { revisionId: string; who?: string }) {
  return (
    <section aria-labelledby="ask">
      <h2 id="ask" className="text-2xl">
        Ask for changes
      </h2>
      <p className="mt-2">The {who} gets your message by email, changes this version and sends it again.</p>
      <ActionForm
        action={requestChangesAction}
        hidden={{ revisionId }}
        submitLabel="Ask for changes"
        secondary
        reasonField={{
          name: "message",
          label: `What should the ${who} change?`,
          hint: "Say what to change and why, in plain words.",
        }}
      />
    </section>
  );
}

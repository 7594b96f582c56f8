import type { Metadata } from "next";
import Link from "next/link";
import { FeedbackActionForm } from "@/components/admin/feedback-action-form";
import { FeedbackSummary } from "@/components/admin/feedback-summary";
import { REDACTION_KIND_NAMES } from "@/lib/feedback/redact";
import {
  approveRedactionAction,
  decidePublicationAction,
  replyToFeedbackAction,
  saveResponseAction,
  saveTriageAction,
} from "@/lib/feedback/triage/actions";
import { loadFeedbackToTriage } from "@/lib/feedback/triage/loaders";
import { EXCLUSION_REASONS, FEEDBACK_STATUSES, REPLY_MAX, RESPONSE_MAX } from "@/lib/feedback/triage/schema";
import { formatDate } from "@/lib/services/format";

export const metadata: Metadata = { title: "Feedback from a family" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

const DONE: Record<string, string> = {
  triage: "Saved.",
  reply: "Your reply is sent.",
  response: "The council's response is saved.",
  redaction: "The anonymised text is approved.",
  publishable: "It is published on You said, we did.",
  excluded: "It will not be published.",
  undecided: "It is not published, and not decided yet.",
};

const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));

export default async function FeedbackDetailPage({ params, searchParams }: Props) {
  const { feedback: f, officers, redaction, notPublishable } = await loadFeedbackToTriage((await params).id);
  const done = DONE[(await searchParams).done ?? ""];
  const words = f.comment;
  return (
    <>
      <p className="text-base">
        <Link href="/admin/feedback">Back to feedback from families</Link>
      </p>
      {done && (
        <p role="status" className="mt-4 border-l-8 border-success bg-panel p-4">
          {done}
        </p>
      )}
      <h1 className="mt-2 text-3xl">Feedback received {formatDate(f.createdAt)}</h1>
      <FeedbackSummary feedback={f} />

      <h2 className="mt-8 text-2xl">Status, who handles it, notes</h2>
      <FeedbackActionForm
        action={saveTriageAction}
        feedbackId={f.id}
        submitLabel="Save"
        fields={[
          { type: "select", name: "status", label: "Status", value: f.status, options: options(FEEDBACK_STATUSES) },
          {
            type: "select",
            name: "assigneeId",
            label: "Who handles it",
            value: f.assigneeId ?? "",
            options: [{ value: "", label: "Nobody yet" }, ...officers.map((o) => ({ value: o.id, label: o.email }))],
          },
          {
            type: "textarea",
            name: "notes",
            label: "Notes for officers",
            hint: "Never shown to the public.",
            value: f.notes,
          },
        ]}
      />

      <h2 className="mt-8 text-2xl">Reply by email</h2>
      {f.email ? (
        <>
          {f.repliedAt && <p className="mt-2">You last replied on {formatDate(f.repliedAt)}.</p>}
          <FeedbackActionForm
            action={replyToFeedbackAction}
            feedbackId={f.id}
            submitLabel="Send reply"
            fields={[
              {
                type: "textarea",
                name: "reply",
                label: `Your reply to ${f.email}`,
                hint: `Plain text, up to ${REPLY_MAX} characters. Their comment is not copied into the email.`,
                rows: 6,
              },
            ]}
          />
        </>
      ) : (
        <p className="mt-2">They did not leave an email address, so you cannot reply.</p>
      )}

      <h2 className="mt-8 text-2xl">The council&apos;s response</h2>
      <p className="mt-2 max-w-3xl">If the comment is published, these show under it on You said, we did.</p>
      <FeedbackActionForm
        action={saveResponseAction}
        feedbackId={f.id}
        submitLabel="Save response"
        fields={[
          {
            type: "textarea",
            name: "response",
            label: "Our response",
            hint: `Up to ${RESPONSE_MAX} characters.`,
            value: f.response,
          },
          {
            type: "textarea",
            name: "action",
            label: "What we did or will do",
            hint: 'For example: "We added opening times to every holiday club". Leave empty if nothing changes.',
            value: f.action,
          },
        ]}
      />

      <h2 className="mt-8 text-2xl">Make it anonymous</h2>
      {words ? (
        <div className="mt-2 grid gap-6 md:grid-cols-2">
          <div>
            <h3 className="text-xl">What they wrote</h3>
            <p className="mt-2 whitespace-pre-wrap border-l-4 border-line pl-3">{words}</p>
            {redaction.found.length > 0 ? (
              <>
                <p className="mt-3 font-bold">We found and took out:</p>
                <ul className="list-disc pl-6">
                  {redaction.found.map((r) => (
                    <li key={`${r.start}-${r.end}`}>
                      {REDACTION_KIND_NAMES[r.kind]}: &quot;{r.text}&quot;
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="mt-3">We found no personal details. Read it again before you approve it.</p>
            )}
          </div>
          <div>
            <h3 className="text-xl">What would be published</h3>
            <p className="mt-2">
              {f.redactionApprovedAt
                ? `Approved by ${f.approvedBy ?? "an officer"} on ${formatDate(f.redactionApprovedAt)}.`
                : "Not approved yet. Nothing is published until an officer approves it."}
            </p>
            <FeedbackActionForm
              action={approveRedactionAction}
              feedbackId={f.id}
              submitLabel="Approve this text"
              fields={[
                {
                  type: "textarea",
                  name: "redactedComment",
                  label: "Anonymised text",
                  hint: 'Take out anything else that could identify someone: write "[name removed]" in its place.',
                  value: redaction.text,
                  rows: 8,
                },
              ]}
            />
          </div>
        </div>
      ) : (
        <p className="mt-2">There is no comment to publish.</p>
      )}

      <h2 className="mt-8 text-2xl">Publish on You said, we did</h2>
      {notPublishable && <p className="mt-2 border-l-8 border-warning bg-panel p-4">{notPublishable}</p>}
      <FeedbackActionForm
        action={decidePublicationAction}
        feedbackId={f.id}
        submitLabel="Save decision"
        fields={[
          {
            type: "radios",
            name: "decision",
            label: "Should it be published?",
            value: f.publication,
            options: [
              { value: "publishable", label: "Publish it" },
              { value: "excluded", label: "Do not publish it" },
              { value: "undecided", label: "Not decided yet" },
            ],
          },
          {
            type: "radios",
            name: "exclusion",
            label: "If you do not publish it, why not?",
            value: f.exclusion ?? "",
            options: options(EXCLUSION_REASONS),
          },
          {
            type: "textarea",
            name: "exclusionNote",
            label: "Anything more about why (optional, needed for 'Another reason')",
            value: f.exclusionNote ?? "",
            rows: 2,
          },
        ]}
      />
    </>
  );
}

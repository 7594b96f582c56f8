import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { formatDate } from "@/lib/services/format";
import { dismissSuggestionAction } from "@/lib/suggestions/actions";
import { loadSuggestionToDismiss } from "@/lib/suggestions/loaders";
import { DISMISS_REASON_MAX, kindLabel } from "@/lib/suggestions/schema";

export const metadata: Metadata = { title: "Dismiss a suggestion" };

type Props = { params: Promise<{ id: string }> };

type Handled = { reason: string | null; handledAt: Date | null; service: { id: string } };
const HANDLED_WORDS: Record<"new" | "made_into_edit" | "dismissed" | "done", (s: Handled) => ReactNode> = {
  new: () => "",
  made_into_edit: (s) => (
    <>
      This suggestion was made into an edit on {formatDate(s.handledAt)}. The edit is not approved yet:{" "}
      <Link href={`/admin/listings/${s.service.id}`}>see the listing</Link>.
    </>
  ),
  done: (s) => `Done: the edit made from this suggestion was approved on ${formatDate(s.handledAt)}.`,
  dismissed: (s) => `This suggestion has already been dealt with${s.reason ? `: ${s.reason}` : "."}`,
};

export default async function DismissSuggestionPage({ params }: Props) {
  const { suggestion: s } = await loadSuggestionToDismiss((await params).id);
  return (
    <>
      <p className="text-base">
        <Link href="/admin/suggestions">Back to suggestions from families</Link>
      </p>
      <h1 className="mt-2 text-3xl">Dismiss the suggestion about {s.service.name}</h1>
      <dl className="mt-4 grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-bold">Sent</dt>
        <dd>{formatDate(s.createdAt)}</dd>
        <dt className="font-bold">What is wrong</dt>
        <dd>{kindLabel(s.kind)}</dd>
        {s.message && (
          <>
            <dt className="font-bold">What they wrote</dt>
            <dd className="whitespace-pre-wrap">{s.message}</dd>
          </>
        )}
      </dl>
      {s.state === "new" ? (
        <ActionForm
          action={dismissSuggestionAction}
          hidden={{ suggestionId: s.id }}
          submitLabel="Dismiss suggestion"
          reasonField={{
            name: "reason",
            label: "Why does the listing not need to change?",
            hint: `The provider sees this. For example: "The number was checked on 3 March and works". Up to ${DISMISS_REASON_MAX} characters.`,
          }}
        />
      ) : (
        <p className="mt-4 border-l-8 border-brand bg-panel p-4">{HANDLED_WORDS[s.state](s)}</p>
      )}
    </>
  );
}

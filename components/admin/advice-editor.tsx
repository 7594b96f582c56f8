"use client";
// The advice page editor: Markdown with a preview. Without JavaScript, "Preview" posts the form and
// the page comes back with everything typed and the page rendered as families will see it; with
// JavaScript the preview also follows the typing. "Send for approval" makes a change another
// officer approves (the live page stays as it is until then).
import { useActionState, useState } from "react";
import type { FormState } from "@/lib/platform/action-client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/field";
import { renderMarkdown } from "@/lib/advice/render-markdown";
import { ADVICE_AUDIENCE_LABELS } from "@/lib/advice/labels";
import { SCHEDULE_2 } from "@/lib/advice/schedule-2";

export type AdviceEditorValues = {
  slug?: string;
  title: string;
  summary: string;
  body: string;
  audience: string;
  easyRead: string;
  schedule2: string[];
  categories: string[];
  relatedServiceIds: string[];
};

type Props = {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  initial: AdviceEditorValues;
  advicePageId?: string;
  categories: { code: string; name: string }[];
  services: { id: string; name: string }[];
  /** The page's title, repeated in the error title ("Error: …"). */
  title: string;
};

// A list's messages ("schedule2.0") belong to its group of boxes.
const groupKey = (key: string) => key.replace(/\.\d+$/, "");

export function AdviceEditor({ action, initial, advicePageId, categories, services, title }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors: Record<string, string> = {};
  for (const [k, m] of Object.entries(state?.fieldErrors ?? {})) errors[groupKey(k)] ??= m;
  if (state?.formError) errors._form = state.formError;
  const posted = state?.values;
  const str = (k: keyof AdviceEditorValues) =>
    posted ? (typeof posted[k] === "string" ? (posted[k] as string) : "") : ((initial[k] as string) ?? "");
  const list = (k: "schedule2" | "categories" | "relatedServiceIds") =>
    posted ? [posted[k] ?? []].flat().map(String) : initial[k];
  const [typed, setTyped] = useState<{ body: string; easyRead: string } | null>(null);
  const serverPreview = typeof state?.detail?.preview === "string" ? state.detail.preview : null;
  const body = typed?.body ?? str("body");
  const easyRead = typed?.easyRead ?? str("easyRead");
  const showPreview = typed !== null || serverPreview !== null;
  return (
    <form
      action={formAction}
      noValidate
      className="mt-4 max-w-3xl"
      onInput={(e) => {
        const form = e.currentTarget;
        const value = (name: string) => (form.elements.namedItem(name) as HTMLTextAreaElement | null)?.value ?? "";
        setTyped({ body: value("body"), easyRead: value("easyRead") });
      }}
    >
      {Object.keys(errors).length > 0 && <title>{`Error: ${title} - Seabourne Local Offer`}</title>}
      <ErrorSummary errors={errors} />
      {advicePageId && <input type="hidden" name="advicePageId" value={advicePageId} />}
      {!advicePageId && (
        <TextField
          name="slug"
          label="Web address"
          hint="The end of the page's address, like travel-to-school. It cannot be changed later."
          defaultValue={str("slug")}
          error={errors.slug}
          width="max-w-md"
        />
      )}
      <TextField
        name="title"
        label="Title"
        hint="Up to 120 characters."
        defaultValue={str("title")}
        error={errors.title}
      />
      <TextArea
        name="summary"
        label="Summary"
        hint="One sentence: shown in the list of advice pages and in search. Up to 300 characters."
        defaultValue={str("summary")}
        error={errors.summary}
        rows={2}
      />
      <ChoiceGroup
        type="radio"
        name="audience"
        legend="Written for"
        error={errors.audience}
        checked={[str("audience") || "parents"]}
        options={Object.entries(ADVICE_AUDIENCE_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <TextArea
        name="body"
        label="The page, in Markdown"
        hint={
          "## for a heading, - for a list, [words](https://address) for a link. " +
          "HTML is shown as typed, not used. End with who to contact."
        }
        defaultValue={str("body")}
        error={errors.body}
        rows={18}
      />
      <TextArea
        name="easyRead"
        label="Easy-read version (optional)"
        hint="Short sentences, one idea each. Shown at the page's address with /easy-read at the end."
        defaultValue={str("easyRead")}
        error={errors.easyRead}
        rows={8}
      />
      <ChoiceGroup
        name="schedule2[]"
        legend="Schedule 2 paragraphs this page answers"
        hint="What the SEND Regulations 2014 say a local offer must publish. The coverage page counts these."
        error={errors.schedule2}
        checked={list("schedule2")}
        options={SCHEDULE_2.map((p) => ({ value: String(p.number), label: `${p.number}. ${p.summary}` }))}
      />
      <ChoiceGroup
        name="categories[]"
        legend="Related services from these categories"
        hint="Published listings in them are shown on the page, after the ones you choose below."
        error={errors.categories}
        checked={list("categories")}
        options={categories.map((c) => ({ value: c.code, label: c.name }))}
      />
      <ChoiceGroup
        name="relatedServiceIds[]"
        legend="Related services you choose (optional)"
        hint="Shown first on the page. Choose up to 20."
        error={errors.relatedServiceIds}
        checked={list("relatedServiceIds")}
        options={services.map((s) => ({ value: s.id, label: s.name }))}
      />
      <div className="mt-6 flex flex-wrap gap-4">
        <button type="submit" name="intent" value="submit" disabled={pending} className="button">
          Send for approval
        </button>
        <button type="submit" name="intent" value="preview" disabled={pending} className="button button-secondary">
          Preview
        </button>
      </div>
      {showPreview && (
        <section aria-labelledby="preview-title" className="mt-8 border-4 border-line p-4" aria-live="polite">
          <h2 id="preview-title" className="text-2xl">
            Preview (not saved)
          </h2>
          <div
            className="advice-body mt-4"
            // The same renderer as the public page: raw HTML off, links checked.
            dangerouslySetInnerHTML={{ __html: typed ? renderMarkdown(body) : (serverPreview ?? "") }}
          />
          {easyRead.trim() && (
            <>
              <h2 className="mt-6 text-2xl">Easy-read version</h2>
              <div className="advice-body mt-4" dangerouslySetInnerHTML={{ __html: renderMarkdown(easyRead) }} />
            </>
          )}
        </section>
      )}
    </form>
  );
}

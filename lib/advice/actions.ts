"use server";
// Advice pages' actions. Each: the staff builder authenticates and parses, the mutation authorizes
// (staff only, four eyes at approval) and writes with its audit row. "Preview" saves nothing: it
// returns the rendered page with everything typed, so preview works without JavaScript.
import { redirect } from "next/navigation";
import { staffAction, type FormState } from "@/lib/platform/action-client";
import { AppError } from "@/lib/platform/app-error";
import { createAdvicePage, markAdviceChecked, setAdviceOwner, submitAdviceChange } from "./mutations";
import { renderMarkdown } from "./render-markdown";
import { markCheckedSchema, saveAdviceSchema, setOwnerSchema } from "./schema";

const text = (v: unknown) => (typeof v === "string" ? v : "");

/** What "Preview" shows: the body and easy-read version rendered exactly as the public page will. */
function previewState(raw: Record<string, unknown>): FormState {
  return {
    ok: false,
    values: raw,
    detail: {
      preview: renderMarkdown(text(raw.body).slice(0, 30_000)),
      easyReadPreview: text(raw.easyRead).trim() ? renderMarkdown(text(raw.easyRead).slice(0, 30_000)) : "",
    },
  };
}

export const saveAdviceAction = staffAction(saveAdviceSchema, async (input, { user, raw }) => {
  if (input.intent === "preview") return previewState(raw);
  const { advicePageId, slug, intent: _intent, ...content } = input;
  if (advicePageId) {
    await submitAdviceChange(user, advicePageId, content);
    redirect(`/admin/advice/${advicePageId}?sent=1`);
  }
  if (!slug) throw new AppError("invalid", "", { fieldErrors: { slug: "Enter the page's web address" } });
  const { page } = await createAdvicePage(user, slug, content);
  redirect(`/admin/advice/${page.id}?sent=1`);
});

export const markAdviceCheckedAction = staffAction(markCheckedSchema, async ({ advicePageId }, { user }) => {
  await markAdviceChecked(user, advicePageId);
  redirect(`/admin/advice/${advicePageId}?checked=1`);
});

export const setAdviceOwnerAction = staffAction(setOwnerSchema, async ({ advicePageId, ownerId }, { user }) => {
  await setAdviceOwner(user, advicePageId, ownerId);
  redirect(`/admin/advice/${advicePageId}?owner=1`);
});

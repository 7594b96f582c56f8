"use server";
import { notFound, redirect } from "next/navigation";
import { adminAction } from "@/lib/platform/action-client";
import { forgetVocabulary } from "./loaders";
import { createTerm, deleteTerm, updateTerm } from "./mutations";
import { termCreateSchema, termDeleteSchema, termUpdateSchema } from "./schema";

const actor = (u: { id: string; email: string }) => ({ id: u.id, email: u.email });

export const updateTermAction = adminAction(termUpdateSchema, async (input, { user }) => {
  if (!(await updateTerm(actor(user), input))) notFound();
  forgetVocabulary();
  redirect("/admin/taxonomy?saved=1");
});

export const createTermAction = adminAction(termCreateSchema, async (input, { user, raw }) => {
  const result = await createTerm(actor(user), input);
  if (result.clash)
    return {
      ok: false,
      fieldErrors: { name: `There is already a term called "${input.name}". Use a different name.` },
      values: raw,
    };
  forgetVocabulary();
  redirect("/admin/taxonomy?saved=1");
});

export const deleteTermAction = adminAction(termDeleteSchema, async ({ termId }, { user }) => {
  const result = await deleteTerm(actor(user), termId);
  if (!result.ok && result.reason === "gone") notFound();
  if (!result.ok && result.reason === "in_use")
    return { ok: false, formError: `${result.count} listings use this term. Change those listings first.` };
  if (!result.ok)
    return { ok: false, formError: "Terms in this list are fixed because listings check them. You can rename them." };
  forgetVocabulary();
  redirect("/admin/taxonomy?deleted=1");
});

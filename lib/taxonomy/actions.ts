"use server";
// Admins' changes to the vocabulary. Not found, a name already taken or a term still in use come
// back from the mutations as AppErrors, which the action builder shows on the form.
import { redirect } from "next/navigation";
import { adminAction } from "@/lib/platform/action-client";
import { forgetVocabulary } from "./loaders";
import { createTerm, deleteTerm, updateTerm } from "./mutations";
import { termCreateSchema, termDeleteSchema, termUpdateSchema } from "./schema";

const actor = (u: { id: string; email: string }) => ({ id: u.id, email: u.email });

export const updateTermAction = adminAction(termUpdateSchema, async (input, { user }) => {
  await updateTerm(actor(user), input);
  await forgetVocabulary();
  redirect("/admin/taxonomy?saved=1");
});

export const createTermAction = adminAction(termCreateSchema, async (input, { user }) => {
  await createTerm(actor(user), input);
  await forgetVocabulary();
  redirect("/admin/taxonomy?saved=1");
});

export const deleteTermAction = adminAction(termDeleteSchema, async ({ termId }, { user }) => {
  await deleteTerm(actor(user), termId);
  await forgetVocabulary();
  redirect("/admin/taxonomy?deleted=1");
});

"use server";
import { notFound, redirect } from "next/navigation";
import { adminAction } from "@/lib/platform/action-client";
import { deleteThesaurusEntry, saveThesaurusEntry } from "./mutations";
import { thesaurusDeleteSchema, thesaurusSchema } from "./schema";
import { pushThesaurusToSearch } from "./search-sync";

const actor = (u: { id: string; email: string }) => ({ id: u.id, email: u.email });

export const saveThesaurusAction = adminAction(thesaurusSchema, async (input, { user, raw }) => {
  const result = await saveThesaurusEntry(actor(user), input);
  if (result.clash)
    return {
      ok: false,
      fieldErrors: { term: `"${input.term}" already has an entry. Change that one instead.` },
      values: raw,
    };
  const synced = await pushThesaurusToSearch();
  redirect(`/admin/thesaurus?saved=${synced ? "1" : "later"}`);
});

export const deleteThesaurusAction = adminAction(thesaurusDeleteSchema, async ({ entryId }, { user }) => {
  if (!(await deleteThesaurusEntry(actor(user), entryId))) notFound();
  await pushThesaurusToSearch();
  redirect("/admin/thesaurus?deleted=1");
});

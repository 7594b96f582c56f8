"use server";
import { redirect } from "next/navigation";
import { adminAction } from "@/lib/platform/action-client";
import { deleteThesaurusEntry, saveThesaurusEntry } from "./mutations";
import { thesaurusDeleteSchema, thesaurusSchema } from "./schema";
import { pushThesaurusToSearch } from "./search-sync";

const actor = (u: { id: string; email: string }) => ({ id: u.id, email: u.email });

export const saveThesaurusAction = adminAction(thesaurusSchema, async (input, { user }) => {
  await saveThesaurusEntry(actor(user), input);
  const synced = await pushThesaurusToSearch();
  redirect(`/admin/thesaurus?saved=${synced ? "1" : "later"}`);
});

export const deleteThesaurusAction = adminAction(thesaurusDeleteSchema, async ({ entryId }, { user }) => {
  await deleteThesaurusEntry(actor(user), entryId);
  await pushThesaurusToSearch();
  redirect("/admin/thesaurus?deleted=1");
});

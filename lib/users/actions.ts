"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/platform/action-client";
import { removeUser, saveUser } from "./mutations";
import { userInputSchema } from "./schema";

export const saveUserAction = adminAction(userInputSchema, async (input, { user }) => {
  await saveUser(input, { id: user.id, email: user.email });
  redirect(`/admin/users?saved=${encodeURIComponent(input.email)}`);
});

export const disableUserAction = adminAction(z.object({ userId: z.uuid() }), async ({ userId }, { user }) => {
  await removeUser(userId, { id: user.id, email: user.email });
  redirect("/admin/users?removed=1");
});

"use server";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { safeNextPath } from "@/lib/auth/redirect-target";
import { publicAction } from "@/lib/platform/action-client";
import { redirectIfSignInFlooded } from "@/lib/auth/sign-in-limit";
import { signInSchema } from "@/lib/users/schema";

export const requestSignInLink = publicAction(signInSchema, async ({ email }, { raw }) => {
  await redirectIfSignInFlooded(email);
  // Auth.js would redirect through its own /api/auth/verify-request route; going straight to
  // our page keeps the client router on a page route (with JavaScript and without).
  await signIn("email", { email, redirectTo: safeNextPath(raw.next), redirect: false });
  redirect("/admin/sign-in/check-email");
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/admin/sign-in?signed-out=1" });
}

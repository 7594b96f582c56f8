"use server";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { publicAction } from "@/lib/platform/action-client";
import { signInSchema } from "@/lib/users/schema";

/** Only paths inside this site, so the sign-in page cannot be used to bounce people elsewhere. */
function safeNext(next: unknown): string {
  return typeof next === "string" && /^\/(?!\/)/.test(next) ? next : "/admin";
}

export const requestSignInLink = publicAction(signInSchema, async ({ email }, { raw }) => {
  // Auth.js would redirect through its own /api/auth/verify-request route; going straight to
  // our page keeps the client router on a page route (with JavaScript and without).
  await signIn("email", { email, redirectTo: safeNext(raw.next), redirect: false });
  redirect("/admin/sign-in/check-email");
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/admin/sign-in?signed-out=1" });
}

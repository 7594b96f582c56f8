// The signed-in person for this request, re-read from the database so a disabled user or a
// changed role takes effect at once, not when the session expires.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { findActiveUserById } from "@/lib/users/data";
import type { SignedInUser } from "./roles";

// Code that runs outside an HTTP request (the permissions-matrix tests, scripts) says who is
// acting here instead of through a session cookie. Only server code can call it.
const actingAs = new AsyncLocalStorage<SignedInUser | null>();

export function runAs<T>(user: SignedInUser | null, fn: () => Promise<T>): Promise<T> {
  return actingAs.run(user, fn);
}

export const getCurrentUser = cache(async (): Promise<SignedInUser | null> => {
  const acting = actingAs.getStore();
  if (acting !== undefined) return acting;
  // Loaded here, not at the top, so code acting through runAs never loads Auth.js.
  const { auth } = await import("@/auth");
  const session = await auth();
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? findActiveUserById(id) : null;
});

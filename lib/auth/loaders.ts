// Guards for pages. Every admin page and loader calls one, even though the layout does too:
// a layout does not run for server actions or for every navigation (Next's data-security guide).
import "server-only";
import { notFound, redirect } from "next/navigation";
import { isAdmin, isStaff, type SignedInUser } from "./roles";
import { getCurrentUser } from "./session";

export async function requireSignedIn(next = "/admin"): Promise<SignedInUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/admin/sign-in?next=${encodeURIComponent(next)}`);
  return user;
}

/** Officers and admins. Anybody else signed in gets "page not found", not a hint the page exists. */
export async function requireStaff(next?: string): Promise<SignedInUser> {
  const user = await requireSignedIn(next);
  if (!isStaff(user)) notFound();
  return user;
}

export async function requireAdmin(next?: string): Promise<SignedInUser> {
  const user = await requireSignedIn(next);
  if (!isAdmin(user)) notFound();
  return user;
}

// Who may do what. Pure functions, unit-tested; loaders and actions call them and put the
// resulting scope into their queries' `where`, so an outsider's lookup finds nothing (404).
import type { Role } from "@/lib/generated/prisma/enums";

export type SignedInUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  organisationId: string | null;
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administrator",
  editor: "Council officer",
  provider: "Service provider",
};

/** Council staff: officers (editors) and administrators edit, approve and review any listing. */
export function isStaff(user: SignedInUser | null | undefined): boolean {
  return user?.role === "editor" || user?.role === "admin";
}

export function isAdmin(user: SignedInUser | null | undefined): boolean {
  return user?.role === "admin";
}

/**
 * The listings a user may see and edit, as a `where` fragment. Staff see all; a provider only
 * their own organisation's; anybody else nothing (an impossible id, so the query returns none).
 */
export function listingScope(user: SignedInUser | null | undefined): { organisationId?: string } {
  if (isStaff(user)) return {};
  if (user?.role === "provider" && user.organisationId) return { organisationId: user.organisationId };
  return { organisationId: "00000000-0000-0000-0000-000000000000" };
}

/** Four eyes: nobody approves their own edit, and providers never approve. */
export function canDecideRevision(user: SignedInUser | null | undefined, authorId: string | null): boolean {
  return !!user && isStaff(user) && user.id !== authorId;
}

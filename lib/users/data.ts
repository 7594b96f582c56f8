import "server-only";
import { db } from "@/lib/platform/db";
import type { SignedInUser } from "@/lib/auth/roles";

const SIGNED_IN = { id: true, email: true, name: true, role: true, organisationId: true } as const;

export function findActiveUserByEmail(email: string): Promise<SignedInUser | null> {
  return db().user.findFirst({ where: { email: email.trim().toLowerCase(), disabledAt: null }, select: SIGNED_IN });
}

export function findActiveUserById(id: string): Promise<SignedInUser | null> {
  return db().user.findFirst({ where: { id, disabledAt: null }, select: SIGNED_IN });
}

/** Admins only (checked by the caller's loader). */
export function findUsers() {
  return db().user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: { ...SIGNED_IN, disabledAt: true, organisation: { select: { name: true } } },
  });
}

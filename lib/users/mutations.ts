import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/app-error";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";
import type { UserInput } from "./schema";

/** Creates the user or, if the address exists, updates role and organisation (idempotent). */
export async function upsertUser(tx: Tx, input: UserInput, actor: Actor) {
  const before = await tx.user.findUnique({ where: { email: input.email } });
  const data = {
    name: input.name ?? null,
    role: input.role,
    organisationId: input.role === "provider" ? input.organisationId! : null,
  };
  const user = before
    ? await tx.user.update({ where: { id: before.id }, data: { ...data, disabledAt: null } })
    : await tx.user.create({ data: { email: input.email, ...data } });
  await recordAudit(tx, actor, {
    type: before ? "user.updated" : "user.created",
    entityType: "user",
    entityId: user.id,
    before: before ? { role: before.role, organisationId: before.organisationId, disabledAt: before.disabledAt } : null,
    after: { email: user.email, role: user.role, organisationId: user.organisationId },
  });
  return user;
}

/** Disabling keeps the history (revisions, audit) but ends every session at once. */
export async function disableUser(tx: Tx, userId: string, actor: Actor) {
  const user = await tx.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
  await tx.session.deleteMany({ where: { userId } });
  await recordAudit(tx, actor, {
    type: "user.disabled",
    entityType: "user",
    entityId: userId,
    before: null,
    after: { email: user.email },
  });
  return user;
}

/** An administrator's change at /admin/users (and the command line's): the organisation must exist. */
export const saveUser = (input: UserInput, actor: Actor) =>
  db().$transaction(async (tx) => {
    if (
      input.organisationId &&
      !(await tx.organisation.findUnique({ where: { id: input.organisationId }, select: { id: true } }))
    )
      throw new AppError("invalid", "", { fieldErrors: { organisationId: "Choose an organisation from the list" } });
    return upsertUser(tx, input, actor);
  });

/** Someone else's active account: removing your own would leave nobody to undo it. */
export async function removeUser(userId: string, actor: Actor) {
  if (userId === actor.id) throw new AppError("forbidden", "You cannot remove yourself. Ask another administrator.");
  return db().$transaction(async (tx) => {
    if (!(await tx.user.findFirst({ where: { id: userId, disabledAt: null }, select: { id: true } })))
      throw new AppError("wrong_state", "That user has already been removed.");
    return disableUser(tx, userId, actor);
  });
}

export const recordSignIn = (userId: string, email: string) =>
  db().$transaction((tx) =>
    recordAudit(
      tx,
      { id: userId, email },
      { entityType: "user", type: "user.signed_in", entityId: userId, before: null, after: null },
    ),
  );

// Which revision a person's save carries on. Pure: a `where` fragment for data.ts and mutations.ts.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SignedInUser } from "@/lib/auth/roles";

/**
 * The revision saving carries on: the person's own open one, or a change an officer sent back to
 * the organisation that has no author who can sign in (an import's), so it is answered, not forked.
 */
export function openRevisionWhere(user: SignedInUser, serviceId: string): Prisma.ServiceRevisionWhereInput {
  return {
    serviceId,
    OR: [
      { authorId: user.id, state: { in: ["draft", "submitted", "changes_requested"] } },
      { authorId: null, state: "changes_requested" },
    ],
  };
}

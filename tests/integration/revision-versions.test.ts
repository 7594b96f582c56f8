// Approving what you saw (issue 10, item 8): the approve form carries the versions the officer
// looked at, so a change edited after they opened it, or a live listing changed meanwhile, is
// never published unseen.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { runAs } from "@/lib/auth/session";
import type { FormState } from "@/lib/platform/action-client";
import { approveRevisionAction } from "@/lib/revisions/actions";
import { saveRevision } from "@/lib/revisions/mutations";
import { findPublishedServiceBySlug } from "@/lib/services/data";
import { listingInputSchema } from "@/lib/services/schema";
import { buildListing } from "@/tests/factories/listings";
import { createAdminWorld } from "@/tests/factories/admin";

let w: Awaited<ReturnType<typeof createAdminWorld>>;
beforeEach(async () => {
  w = await createAdminWorld();
});

const edit = (name: string) => listingInputSchema.parse(buildListing({ name, slug: w.live.slug }));

/** What the review page puts in the approve form: the revision's and the live listing's versions. */
async function openForReview(revisionId: string) {
  const revision = await db().serviceRevision.findUniqueOrThrow({
    where: { id: revisionId },
    include: { service: { select: { updatedAt: true } } },
  });
  return {
    revisionId,
    version: revision.updatedAt.toISOString(),
    liveVersion: revision.service?.updatedAt.toISOString() ?? "",
  };
}

type Outcome = FormState & { digest?: string };

async function approve(user: Parameters<typeof runAs>[0], seen: Record<string, string>): Promise<Outcome> {
  const fd = new FormData();
  for (const [k, v] of Object.entries(seen)) fd.set(k, v);
  try {
    return await runAs(user, () => approveRevisionAction(null, fd));
  } catch (error) {
    return { ok: false, digest: (error as { digest?: string }).digest };
  }
}

const liveName = async () => (await findPublishedServiceBySlug(w.live.slug))?.name;

describe("approving what you saw", () => {
  it("refuses a change its author edited after the officer opened it, then approves the new version", async () => {
    const seen = await openForReview(w.submitted.id);
    // The author changes their mind while the officer reads the old version.
    const again = await saveRevision(w.author, {
      serviceId: w.live.id,
      listing: edit("The author's second thought"),
      baseUpdatedAt: w.liveUpdatedAt.toISOString(),
      submit: true,
    });
    expect(again.conflict || again.revision.id).toBe(w.submitted.id);

    const refused = await approve(w.users.editor, seen);
    expect(refused.formError).toBe("This change was edited after you opened it — review it again");
    expect(await liveName()).toBe("Live listing");
    expect((await db().serviceRevision.findUniqueOrThrow({ where: { id: w.submitted.id } })).state).toBe("submitted");
    expect(await db().auditEvent.count({ where: { type: "revision.approved", entityId: w.live.id } })).toBe(1);

    const approved = await approve(w.users.editor, await openForReview(w.submitted.id));
    expect(approved.digest).toMatch(/^NEXT_REDIRECT/);
    expect(await liveName()).toBe("The author's second thought");
  });

  it("refuses an approval made without the version, rather than publishing something unseen", async () => {
    const refused = await approve(w.users.editor, { revisionId: w.submitted.id });
    expect(refused.digest).toBeUndefined();
    expect(await liveName()).toBe("Live listing");
  });

  it("does not let an older change overwrite a newer live version the officer has not seen", async () => {
    // The officer opens the author's change; the live listing is as the change was based on.
    const seen = await openForReview(w.submitted.id);
    // Meanwhile another officer's change to the same listing is approved and goes live.
    const other = await saveRevision(w.users.provider, {
      serviceId: w.live.id,
      listing: edit("A newer live version"),
      baseUpdatedAt: w.liveUpdatedAt.toISOString(),
      submit: true,
    });
    expect(await approve(w.users.admin, await openForReview(other.conflict ? "" : other.revision.id))).toHaveProperty(
      "digest",
    );
    expect(await liveName()).toBe("A newer live version");

    const refused = await approve(w.users.editor, seen);
    expect(refused.formError).toBe("The live listing changed after you opened this change — review it again");
    expect(await liveName()).toBe("A newer live version");

    // Opened again, the page compares with the newer live version and warns; approving is then a choice made seeing it.
    const approved = await approve(w.users.editor, await openForReview(w.submitted.id));
    expect(approved.digest).toMatch(/^NEXT_REDIRECT/);
    expect(await liveName()).toBe("Live listing, changed");
  });
});

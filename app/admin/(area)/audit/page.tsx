import type { Metadata } from "next";
import Link from "next/link";
import { auditEntityLink } from "@/lib/audit/entity-link";
import { loadAuditLog } from "@/lib/audit/loaders";
import { AUDIT_TYPE_LABELS } from "@/lib/audit/schema";
import { diffListings } from "@/lib/revisions/diff";
import type { ListingInput } from "@/lib/services/schema";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const when = (d: Date) =>
  d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

function Changes({ before, after }: { before: unknown; after: unknown }) {
  if (!after && !before) return null;
  const isListing = (x: unknown) =>
    !!x && typeof x === "object" && "name" in (x as object) && "summary" in (x as object);
  if (isListing(after)) {
    const changed = diffListings(isListing(before) ? (before as ListingInput) : null, after as ListingInput).filter(
      (r) => r.changed,
    );
    return (
      <p className="text-base">
        {isListing(before) ? `Changed: ${changed.map((r) => r.label).join(", ") || "nothing"}` : "Whole listing saved"}
      </p>
    );
  }
  return (
    <p className="break-words text-base">
      {before ? (
        <>
          Before: <code>{JSON.stringify(before)}</code>.{" "}
        </>
      ) : null}
      {after ? (
        <>
          After: <code>{JSON.stringify(after)}</code>
        </>
      ) : null}
    </p>
  );
}

export default async function AuditPage({ searchParams }: Props) {
  const { filters, total, items, pageSize } = await loadAuditLog(await searchParams);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const query = (page: number) =>
    new URLSearchParams({
      ...(filters.type ? { type: filters.type } : {}),
      ...(filters.actor ? { actor: filters.actor } : {}),
      ...(filters.entityId ? { entityId: filters.entityId } : {}),
      page: String(page),
    }).toString();
  return (
    <>
      <h1 className="text-3xl">Audit log</h1>
      <p className="mt-2 max-w-3xl">
        Every change to listings, users and the vocabulary: who, when, what. Entries cannot be changed or removed.
      </p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-4 bg-panel p-4">
        <div>
          <label htmlFor="type" className="block font-bold">
            What happened
          </label>
          <select id="type" name="type" defaultValue={filters.type ?? ""} className="input mt-1 w-auto">
            <option value="">Anything</option>
            {Object.entries(AUDIT_TYPE_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="actor" className="block font-bold">
            Who (email contains)
          </label>
          <input id="actor" name="actor" defaultValue={filters.actor ?? ""} className="input mt-1 w-64" />
        </div>
        {filters.entityId && <input type="hidden" name="entityId" value={filters.entityId} />}
        <button type="submit" className="button">
          Filter
        </button>
        {filters.entityId && <Link href="/admin/audit">Show all listings</Link>}
      </form>
      <p className="mt-4" role="status">
        {total} {total === 1 ? "entry" : "entries"}
      </p>
      <ol className="mt-2 divide-y divide-line">
        {items.map((e) => (
          <li key={e.id} className="py-3">
            <p>
              <strong>{AUDIT_TYPE_LABELS[e.type as keyof typeof AUDIT_TYPE_LABELS] ?? e.type}</strong> —{" "}
              {e.actorEmail ?? "system"}, {when(e.createdAt)}
            </p>
            <p className="text-base">
              <Subject entityType={e.entityType} entityId={e.entityId} after={e.after} />
              {typeof (e.data as { reason?: string }).reason === "string"
                ? ` — reason: ${(e.data as { reason: string }).reason}`
                : ""}
            </p>
            <Changes before={e.before} after={e.after} />
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav aria-label="Pages" className="mt-4 flex gap-4">
          {filters.page > 1 && <Link href={`/admin/audit?${query(filters.page - 1)}`}>Newer entries</Link>}
          {filters.page < pages && <Link href={`/admin/audit?${query(filters.page + 1)}`}>Older entries</Link>}
        </nav>
      )}
    </>
  );
}

function Subject({ entityType, entityId, after }: { entityType: string; entityId: string; after: unknown }) {
  const { label, href } = auditEntityLink(entityType, entityId, after);
  return href ? <Link href={href}>{label}</Link> : <>{label}</>;
}

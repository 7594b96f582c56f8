// Who made a revision, in the words officers read in the review queue, on the review page and in
// a listing's history. Pure.

/** A person's email address, or the feed an import came from: "Importer (north-lincolnshire)". */
export function revisionAuthorName(revision: {
  importSource?: string | null;
  author?: { email: string | null } | null;
}): string {
  if (revision.importSource) return `Importer (${revision.importSource})`;
  return revision.author?.email ?? "unknown";
}

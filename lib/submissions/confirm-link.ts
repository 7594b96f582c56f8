// Whether a confirmation link still works, and if not, why (each has its own words). Pure.

export type LinkProblem = "unknown" | "used" | "expired";

/** What a confirmation link is: usable, or why not (used, expired, never ours). */
export function confirmLinkProblem(
  row: { state: string; confirmExpiresAt: Date | null } | null,
  now = new Date(),
): LinkProblem | null {
  if (!row) return "unknown";
  if (row.state === "confirmed") return "used";
  if (!row.confirmExpiresAt || row.confirmExpiresAt <= now) return "expired";
  return null;
}

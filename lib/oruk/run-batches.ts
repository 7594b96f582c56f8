// Small helpers for importing in batches: split, run a few at a time, and know which database
// errors roll a transaction back whole, so saving the record again is safe.

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// A slug race (two new listings with one name) or a deadlock between concurrent transactions:
// the transaction rolled back whole, so trying again is safe.
export function isRetryable(e: unknown): boolean {
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  // A statement that ran out of time on a busy machine (57014, or the client's own timeout) too.
  return (
    code === "P2002" ||
    code === "P2034" ||
    /40P01|40001|57014|deadlock detected|could not serialize|Query read timeout|statement timeout/.test(
      String((e as Error)?.message),
    )
  );
}

export async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

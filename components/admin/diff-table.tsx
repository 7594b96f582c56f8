import type { DiffRow } from "@/lib/revisions/diff";

/** Side by side: only the fields that differ, unless showAll. */
export function DiffTable({
  rows,
  beforeLabel = "Live now",
  afterLabel = "Proposed",
  showAll = false,
}: {
  rows: DiffRow[];
  beforeLabel?: string;
  afterLabel?: string;
  showAll?: boolean;
}) {
  const shown = showAll ? rows : rows.filter((r) => r.changed);
  if (!shown.length) return <p className="mt-2">No fields are different.</p>;
  return (
    <table className="mt-4 w-full table-fixed border-collapse text-left text-base">
      <caption className="sr-only">
        {beforeLabel} compared with {afterLabel}
      </caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="w-1/5 py-2 pr-3">
            Field
          </th>
          <th scope="col" className="pr-3">
            {beforeLabel}
          </th>
          <th scope="col">{afterLabel}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((r) => (
          <tr key={r.field} className="border-b border-line align-top">
            <th scope="row" className="py-2 pr-3">
              {r.label}
              {r.changed && showAll ? " (changed)" : ""}
            </th>
            <td className="whitespace-pre-wrap break-words py-2 pr-3">
              {r.before ? (
                <del className="bg-[#fde8e8] no-underline">{r.before}</del>
              ) : (
                <span className="text-muted">(empty)</span>
              )}
            </td>
            <td className="whitespace-pre-wrap break-words py-2">
              {r.after ? (
                <ins className="bg-[#e6f4ea] no-underline">{r.after}</ins>
              ) : (
                <span className="text-muted">(empty)</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

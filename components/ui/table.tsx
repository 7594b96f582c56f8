// The staff area's tables: one heading row ruled off from the rows a page gives. A heading may be
// `false` when a column only shows in some cases (then the page leaves out that cell too).
import type { ReactNode } from "react";

export function Table({
  headings,
  className = "mt-4",
  children,
}: {
  headings: (string | false)[];
  className?: string;
  children: ReactNode;
}) {
  const shown = headings.filter((h): h is string => h !== false);
  return (
    <table className={`${className} w-full text-start text-base`}>
      <thead>
        <tr className="border-b-2 border-ink">
          {shown.map((heading, i) => (
            <th key={heading} className={i === 0 ? "py-2 pe-3" : i < shown.length - 1 ? "pe-3" : undefined}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

// Charts for the reports, drawn on the server as SVG: no JavaScript, nothing to load, and each one
// has its figures as a table for screen-reader users and anyone who wants the exact numbers.
import type { ReactNode } from "react";

export type ChartBar = { label: string; count: number };

const W = 640;
const H = 200;
const AXIS = 24; // room under the bars for the first, middle and last labels
const TOP = 16; // room above the tallest bar for its number
const number = (n: number) => n.toLocaleString("en-GB");

/** The bars' places on a 640 by 200 drawing: columns side by side, the tallest reaching the top. */
export function columnGeometry(bars: ChartBar[]) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const step = W / Math.max(1, bars.length);
  const gap = bars.length > 40 ? 1 : Math.min(8, step * 0.2);
  return bars.map((b, i) => {
    const height = (b.count / max) * (H - AXIS - TOP);
    return { ...b, x: i * step + gap / 2, width: step - gap, y: H - AXIS - height, height };
  });
}

/** What the chart shows, in words: the accessible name of the drawing. */
export function chartSummary(title: string, bars: ChartBar[], unit: string): string {
  const total = bars.reduce((n, b) => n + b.count, 0);
  const top = bars.reduce<ChartBar | undefined>((best, b) => (!best || b.count > best.count ? b : best), undefined);
  if (!top || total === 0) return `${title}: none counted.`;
  return `${title}: ${number(total)} ${unit} in all, the most on ${top.label} (${number(top.count)}).`;
}

/** A column chart (days, months), then its figures as a table behind "Show the figures as a table". */
export function ColumnChart({
  id,
  title,
  bars,
  unit,
  labelHeading,
  countHeading,
}: {
  id: string;
  title: string;
  bars: ChartBar[];
  unit: string;
  labelHeading: string;
  countHeading: string;
}) {
  const shapes = columnGeometry(bars);
  const labelled = new Set([0, Math.floor((bars.length - 1) / 2), bars.length - 1]);
  const max = Math.max(0, ...bars.map((b) => b.count));
  return (
    <figure className="mt-4">
      <svg
        role="img"
        aria-labelledby={`${id}-summary`}
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full max-w-3xl border-b-2 border-ink text-brand"
      >
        <title id={`${id}-summary`}>{chartSummary(title, bars, unit)}</title>
        {shapes.map((s, i) => (
          <rect key={i} x={s.x} y={s.y} width={Math.max(0.5, s.width)} height={s.height} fill="currentColor" />
        ))}
        <text x={0} y={12} fontSize={13} fill="#0b0c0c">
          Most: {number(max)}
        </text>
        {shapes.map((s, i) =>
          labelled.has(i) ? (
            <text
              key={`l${i}`}
              x={Math.min(W - 2, Math.max(2, s.x + s.width / 2))}
              y={H - 6}
              fontSize={13}
              fill="#0b0c0c"
              textAnchor={i === 0 ? "start" : i === bars.length - 1 ? "end" : "middle"}
            >
              {s.label}
            </text>
          ) : null,
        )}
      </svg>
      <details className="mt-2">
        <summary>Show the figures as a table</summary>
        <FiguresTable caption={title} labelHeading={labelHeading} countHeading={countHeading} rows={bars} />
      </details>
    </figure>
  );
}

/**
 * A ranked list (pages, listings, searches) as a table with a bar in each row: the table is the
 * data, the bar (hidden from screen readers, who have the number) lets the eye compare rows.
 */
export function RankedBars({
  caption,
  labelHeading,
  countHeading,
  rows,
}: {
  caption: string;
  labelHeading: string;
  countHeading: string;
  rows: (ChartBar & { display?: ReactNode })[];
}) {
  if (!rows.length) return <p className="mt-2">None counted in this period.</p>;
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <table className="mt-2 w-full text-left text-base">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-3">
            {labelHeading}
          </th>
          <th scope="col" className="pr-3 text-right">
            {countHeading}
          </th>
          <th scope="col" className="w-1/3">
            <span className="sr-only">Bar</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={`${r.label}-${i}`} className="border-b border-line">
            <td className="break-words py-2 pr-3">{r.display ?? r.label}</td>
            <td className="pr-3 text-right tabular-nums">{number(r.count)}</td>
            <td>
              <svg
                aria-hidden="true"
                focusable="false"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                className="h-3 w-full text-brand"
              >
                <rect x={0} y={0} width={(r.count / max) * 100} height={10} fill="currentColor" />
              </svg>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FiguresTable({
  caption,
  labelHeading,
  countHeading,
  rows,
}: {
  caption: string;
  labelHeading: string;
  countHeading: string;
  rows: ChartBar[];
}) {
  return (
    <table className="mt-2 text-left text-base">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-1 pr-6">
            {labelHeading}
          </th>
          <th scope="col" className="text-right">
            {countHeading}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label} className="border-b border-line">
            <td className="py-1 pr-6">{r.label}</td>
            <td className="text-right tabular-nums">{number(r.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

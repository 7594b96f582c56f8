// Listing text in the shape its writer gave it (lib/services/text-shape.ts): paragraphs with their line
// breaks, and real bulleted or numbered lists. Every word is rendered as text (with jargon links
// when the page linked them), so no HTML from listing data ever reaches the page.
import { Fragment } from "react";
import { JargonText } from "@/components/glossary/jargon-text";
import type { TextPiece } from "@/lib/glossary/link-terms";
import { mapBlockText, shapeText, type TextBlock } from "@/lib/services/text-shape";

export function ShapedText({ blocks, className = "" }: { blocks: TextBlock<TextPiece[]>[]; className?: string }) {
  return (
    <div className={`prose-plain space-y-3 ${className}`}>
      {blocks.map((block, i) => {
        if (block.kind === "paragraph")
          return (
            <p key={i}>
              {block.lines.map((pieces, j) => (
                <Fragment key={j}>
                  {j > 0 && <br />}
                  <JargonText pieces={pieces} />
                </Fragment>
              ))}
            </p>
          );
        const items = block.items.map((pieces, j) => (
          <li key={j}>
            <JargonText pieces={pieces} />
          </li>
        ));
        return block.ordered ? (
          <ol key={i} start={block.start === 1 ? undefined : block.start} className="list-decimal space-y-1 ps-6">
            {items}
          </ol>
        ) : (
          <ul key={i} className="list-disc space-y-1 ps-6">
            {items}
          </ul>
        );
      })}
    </div>
  );
}

/** Plain listing text (no jargon links), shaped: for pages that do not link jargon. */
export function PlainShapedText({ text, className }: { text: string | null | undefined; className?: string }) {
  return <ShapedText blocks={mapBlockText(shapeText(text), (t) => [{ text: t }])} className={className} />;
}

// Page text with its jargon linked to the jargon buster (pieces from lib/glossary/link-terms.ts):
// ordinary links whose text is the word itself, described by one hidden note, so they work without
// JavaScript, need no hover and read as "EHCP, link, Explained in the jargon buster".
import { Link } from "@/components/ui/link";
import { GLOSSARY_HINT_ID, glossaryHref, type TextPiece } from "@/lib/glossary/link-terms";

export function JargonText({ pieces }: { pieces: TextPiece[] }) {
  return pieces.map((piece, i) =>
    piece.glossaryId ? (
      <Link key={i} href={glossaryHref(piece.glossaryId)} aria-describedby={GLOSSARY_HINT_ID}>
        {piece.text}
      </Link>
    ) : (
      piece.text
    ),
  );
}

/** The note every jargon link points to with aria-describedby: render once on each page that has them. */
export function JargonHint() {
  return (
    <span id={GLOSSARY_HINT_ID} hidden>
      Explained in the jargon buster
    </span>
  );
}

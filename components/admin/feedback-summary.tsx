// The facts of one piece of feedback for the officer: what kind, which theme and page, who it is
// assigned to, and what the family wrote. Their words are React text, never HTML.
import Link from "next/link";
import { MISSING_AGE_GROUPS, themeLabel } from "@/lib/feedback/labels";
import { EXCLUSION_REASONS, FEEDBACK_KINDS, FEEDBACK_STATUSES } from "@/lib/feedback/triage/schema";
import { formatDate } from "@/lib/services/format";

type Props = {
  feedback: {
    kind: keyof typeof FEEDBACK_KINDS;
    theme: string | null;
    helpful: boolean | null;
    comment: string;
    lookedFor: string | null;
    need: string | null;
    ageGroup: string | null;
    area: string | null;
    email: string | null;
    consentToPublish: boolean;
    pagePath: string | null;
    service: { name: string; slug: string } | null;
    status: keyof typeof FEEDBACK_STATUSES;
    assignee: { email: string } | null;
    publication: string;
    exclusion: string | null;
    exclusionNote: string | null;
    repliedAt: Date | null;
  };
};

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-bold">{term}</dt>
      <dd className="whitespace-pre-wrap">{children}</dd>
    </>
  );
}

export function FeedbackSummary({ feedback: f }: Props) {
  const reason = (EXCLUSION_REASONS as Record<string, string>)[f.exclusion ?? ""] ?? "no reason given";
  const publication =
    f.publication === "publishable"
      ? "Published"
      : f.publication === "excluded"
        ? `Not published: ${reason}${f.exclusionNote ? ` (${f.exclusionNote})` : ""}`
        : "Not decided";
  return (
    <dl className="mt-4 grid max-w-4xl grid-cols-[auto_1fr] gap-x-4 gap-y-2">
      <Row term="Kind">{FEEDBACK_KINDS[f.kind]}</Row>
      {f.theme && <Row term="Theme">{themeLabel(f.theme)}</Row>}
      {f.kind === "helpful" && <Row term="Helpful?">{f.helpful ? "Yes" : "No"}</Row>}
      {f.lookedFor && <Row term="What they looked for">{f.lookedFor}</Row>}
      {f.need && <Row term="Need">{f.need}</Row>}
      {f.ageGroup && <Row term="Age">{(MISSING_AGE_GROUPS as Record<string, string>)[f.ageGroup] ?? f.ageGroup}</Row>}
      {f.area && <Row term="Area">{f.area}</Row>}
      <Row term="Page or listing">
        {f.service ? (
          <Link href={`/services/${f.service.slug}`}>{f.service.name}</Link>
        ) : f.pagePath ? (
          <Link href={f.pagePath}>{f.pagePath}</Link>
        ) : (
          "Not from a page"
        )}
      </Row>
      <Row term="Email for a reply">{f.email ?? "None given"}</Row>
      <Row term="Agreed to publishing">{f.consentToPublish ? "Yes, anonymously" : "No"}</Row>
      <Row term="Status">{FEEDBACK_STATUSES[f.status]}</Row>
      <Row term="Handled by">{f.assignee?.email ?? "Nobody yet"}</Row>
      {f.repliedAt && <Row term="Replied">{formatDate(f.repliedAt)}</Row>}
      <Row term="You said, we did">{publication}</Row>
    </dl>
  );
}

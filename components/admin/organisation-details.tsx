// An organisation's details as a summary list. Links pass safeHref: a stored address that is not
// http(s), mailto or tel is shown as text, never made a link.
import { ORGANISATION_KIND_LABELS, type OrganisationKind } from "@/lib/organisations/labels";
import { safeHref } from "@/lib/services/safe-href";
import { telHref } from "@/lib/services/format";

type Props = {
  organisation: {
    kind: OrganisationKind;
    description: string;
    website: string | null;
    email: string | null;
    phone: string | null;
    charityNumber: string | null;
    companyNumber: string | null;
  };
};

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-b border-line py-2 sm:flex sm:gap-4">
      <dt className="font-bold sm:w-1/3">{label}</dt>
      <dd className="break-words sm:w-2/3">{children || <span className="text-muted">Not given</span>}</dd>
    </div>
  );
}

function Linked({ href, text }: { href: string | undefined; text: string }) {
  return href ? <a href={href}>{text}</a> : <>{text}</>;
}

export function OrganisationDetails({ organisation: o }: Props) {
  return (
    <dl className="mt-2 max-w-3xl">
      <Row label="Type">{ORGANISATION_KIND_LABELS[o.kind]}</Row>
      <Row label="About">{o.description && <span className="whitespace-pre-wrap">{o.description}</span>}</Row>
      <Row label="Website">{o.website && <Linked href={safeHref(o.website)} text={o.website} />}</Row>
      <Row label="Email">{o.email && <Linked href={safeHref(`mailto:${o.email}`)} text={o.email} />}</Row>
      <Row label="Phone">{o.phone && <Linked href={safeHref(telHref(o.phone))} text={o.phone} />}</Row>
      <Row label="Charity number">{o.charityNumber}</Row>
      <Row label="Company number">{o.companyNumber}</Row>
    </dl>
  );
}

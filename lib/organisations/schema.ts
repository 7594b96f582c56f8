import { z } from "zod";
import { text, webAddress } from "@/lib/services/schema";
import { ORGANISATION_KINDS } from "./labels";

/** What the seed and the importer write (their data is trusted more than a form's: no HTML stripping). */
export const organisationInputSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: text(200).min(1, "Enter the organisation name"),
  description: text(4000).min(1, "Describe the organisation"),
  kind: z.enum(ORGANISATION_KINDS),
  email: z.email().optional(),
  website: z.url().optional(),
});
/** The Organisation row's own columns, shared by the seed and the importer so both write the same. */
export function organisationColumns(o: {
  name: string;
  description: string;
  kind: (typeof ORGANISATION_KINDS)[number];
  email?: string;
  website?: string;
}) {
  return { name: o.name, description: o.description, kind: o.kind, email: o.email ?? null, website: o.website ?? null };
}

export type OrganisationInput = z.input<typeof organisationInputSchema>;

// A tag typed into a form ("<b>", "<script …>") is dropped and its text kept: the profile is shown
// as plain text, and nobody's page should carry markup somebody else wrote. A lone "<" stays.
const TAG = /<\/?[a-z!?][^<>]*>/gi;
export const stripTags = (v: string) => v.replace(TAG, "");

/** A form's text: tags stripped, trimmed, at most `max` characters; "" when left empty. */
const plainText = (max: number) => z.string().default("").transform(stripTags).pipe(text(max));
/** The same, left empty: undefined (no column value). */
const optionalPlain = (max: number) => plainText(max).transform((v) => v || undefined);
/** An optional field with its own format: an empty one is undefined and never checked. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const PHONE = /^\+?[0-9 ()-]{6,40}$/;
// England and Wales: 6 or 7 digits (and "-1" for a linked charity); Scotland SC and Northern Ireland NI.
const CHARITY_NUMBER = /^(?:SC ?\d{6}|NIC? ?\d{5,6}|\d{6,7}(?:-\d{1,2})?)$/i;
// Companies House: 8 characters, digits or two letters and 6 digits (SC123456, NI012345).
const COMPANY_NUMBER = /^(?:\d{8}|[A-Z]{2}\d{6})$/i;

/**
 * An organisation's profile as an officer or its provider writes it: the add and change forms, and a
 * provider's profile change (the data of a revision with subject organisation).
 */
export const organisationProfileSchema = z.object({
  name: plainText(200).pipe(z.string().min(1, "Enter the organisation name")),
  kind: z.enum(ORGANISATION_KINDS, "Choose the type of organisation"),
  description: plainText(2000),
  website: optional(webAddress().refine((v) => /^https?:\/\//i.test(v), "Enter a web address starting with https://")),
  email: optional(
    z
      .string()
      .trim()
      .max(254, "Use 254 characters or fewer")
      .pipe(z.email("Enter an email address like name@example.org")),
  ),
  phone: optional(text(40).regex(PHONE, "Enter a phone number, like 01632 960 000")),
  charityNumber: optional(
    text(20)
      .transform((v) => v.toUpperCase())
      .pipe(z.string().regex(CHARITY_NUMBER, "Enter a charity number, like 1234567 or SC012345")),
  ),
  companyNumber: optional(
    text(20)
      .transform((v) => v.replace(/\s+/g, "").toUpperCase())
      .pipe(z.string().regex(COMPANY_NUMBER, "Enter a company number of 8 characters, like 01234567 or SC123456")),
  ),
  // Left out, not checked: the form's own hidden fields, read by the meta schemas below.
});
export type OrganisationProfile = z.output<typeof organisationProfileSchema>;

/** The profile's fields in the order forms and comparisons show them. */
export const PROFILE_FIELDS: [keyof OrganisationProfile, string][] = [
  ["name", "Name"],
  ["kind", "Type of organisation"],
  ["description", "About the organisation"],
  ["website", "Website"],
  ["email", "Email address"],
  ["phone", "Phone number"],
  ["charityNumber", "Charity number"],
  ["companyNumber", "Company number"],
];

const uuid = z.uuid("That link is not right");
export const organisationIdSchema = z.object({ organisationId: uuid });

export const updateOrganisationSchema = z
  .intersection(organisationProfileSchema, z.object({ organisationId: uuid, baseUpdatedAt: z.string().min(1) }))
  .transform(({ organisationId, baseUpdatedAt, ...profile }) => ({ organisationId, baseUpdatedAt, profile }));

export const mergeOrganisationSchema = z.object({
  organisationId: uuid,
  intoId: z.uuid("Choose the organisation to keep"),
});

export const inviteProviderSchema = z.object({
  organisationId: uuid,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Use 254 characters or fewer")
    .pipe(z.email("Enter an email address like name@example.org")),
  name: optionalPlain(120),
});
export type InviteProviderInput = z.output<typeof inviteProviderSchema>;

/** The staff list: a search and which group to show. */
export const ORGANISATION_GROUPS = ["current", "waiting", "archived"] as const;
export type OrganisationGroup = (typeof ORGANISATION_GROUPS)[number];

// Types and small helpers shared by the demo data files: listing and venue types, paragraphs, languages.
import type { ListingInput } from "@/lib/services/schema";

export type DemoService = ListingInput & { organisation: string };
export type DemoLocation = NonNullable<ListingInput["locations"]>[number];

// Joins paragraphs of a description with blank lines.
export const paras = (...p: string[]) => p.join("\n\n");
// An easy-read summary: one short idea a line (lib/services/easy-read.ts).
export const easyRead = (...lines: string[]) => lines.join("\n");

export const english = { name: "English", code: "en" };
export const bsl = { name: "British Sign Language", code: "bfi" };
export const polish = { name: "Polish", code: "pl" };
export const urdu = { name: "Urdu", code: "ur" };

// Reads of the ONS Postcode Directory table (OnsPostcode), loaded by `npm run postcodes:load`.
import "server-only";
import { db } from "@/lib/platform/db";

export type OnsPostcodeRow = { pcds: string; lat: number; lng: number; doterm: string | null };

/** One full postcode ("FY4 2AB", as parsePostcode writes it), or undefined when it is not in the table. */
export async function findOnsPostcode(pcds: string): Promise<OnsPostcodeRow | undefined> {
  const row = await db().onsPostcode.findUnique({
    where: { pcds },
    select: { pcds: true, lat: true, long: true, doterm: true },
  });
  return row ? { pcds: row.pcds, lat: row.lat, lng: row.long, doterm: row.doterm } : undefined;
}

/** Whether the council has loaded the directory at all: without it, districts answer for full postcodes. */
export async function hasOnsPostcodes(): Promise<boolean> {
  return (await db().onsPostcode.findFirst({ select: { pcds: true } })) !== null;
}

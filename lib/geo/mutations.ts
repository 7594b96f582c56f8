// Writes to the ONS Postcode Directory table: one statement per batch, so a 2.7 million row file loads
// in minutes, and loading the same file again changes nothing (idempotent upsert on pcds).
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import type { OnsPostcodeRow } from "./data";

export async function upsertOnsPostcodes(rows: OnsPostcodeRow[], client: PrismaClient = db()): Promise<void> {
  if (!rows.length) return;
  await client.$executeRaw`
    INSERT INTO "OnsPostcode" (pcds, lat, long, doterm, "loadedAt")
    SELECT r.pcds, r.lat, r.lng, r.doterm, now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(pcds text, lat float8, lng float8, doterm text)
    ON CONFLICT (pcds) DO UPDATE SET lat = EXCLUDED.lat, long = EXCLUDED.long, doterm = EXCLUDED.doterm,
      "loadedAt" = now()
    WHERE ("OnsPostcode".lat, "OnsPostcode".long, "OnsPostcode".doterm)
      IS DISTINCT FROM (EXCLUDED.lat, EXCLUDED.long, EXCLUDED.doterm)`;
}

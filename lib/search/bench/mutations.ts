// 10,000 believable listings for the search benchmark, written in bulk (createMany) rather than
// through writeListing, which would take minutes. Deterministic: the same run builds the same data.
import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AGE_GROUP_TERMS, AREA_TERMS } from "@/lib/taxonomy/vocabulary";
import { demoServices } from "@/prisma/seed/demo-data";

function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export async function createBenchServices(count: number, log: (m: string) => void = console.log): Promise<number> {
  const prisma = db();
  const existing = await prisma.service.count();
  if (existing >= count) return existing;
  const next = random(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const org = await prisma.organisation.upsert({
    where: { slug: "bench-organisation" },
    update: {},
    create: {
      slug: "bench-organisation",
      name: "Benchmark Trust",
      description: "Generated for the search benchmark.",
      kind: "charity",
    },
  });
  const terms = await prisma.taxonomyTerm.findMany({
    select: { id: true, code: true, taxonomy: { select: { code: true } } },
  });
  const termId = (taxonomy: string, code: string) =>
    terms.find((t) => t.taxonomy.code === taxonomy && t.code === code)?.id;
  const towns = ["Seabourne", "Thornby", "Marsh End", "Southcliffe", "Pennock Sands", "Hollins Park"];
  const days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

  for (let start = existing; start < count; start += 1000) {
    const services: Prisma.ServiceCreateManyInput[] = [];
    const children = {
      terms: [] as { serviceId: string; termId: string }[],
      areas: [] as { serviceId: string; areaCode: string; name: string }[],
      locations: [] as { id: string; name: string; latitude: number; longitude: number }[],
      addresses: [] as { locationId: string; address1: string; city: string; postalCode: string }[],
      links: [] as { serviceId: string; locationId: string }[],
      schedules: [] as { serviceId: string; byday: string; opensAt: string; closesAt: string }[],
    };
    for (let i = start; i < Math.min(count, start + 1000); i++) {
      const base = demoServices[i % demoServices.length];
      const id = crypto.randomUUID();
      const town = pick(towns);
      const min = Math.floor(next() * 14);
      const max = Math.min(25, min + 3 + Math.floor(next() * 12));
      services.push({
        id,
        slug: `bench-${i}`,
        organisationId: org.id,
        name: `${base.name} (${town} ${i})`,
        summary: base.summary,
        description: base.description,
        whoFor: base.whoFor,
        status: "active",
        accessMethod: base.accessMethod,
        referralRoute: base.referralRoute ?? null,
        minimumAge: min,
        maximumAge: max,
        costType: pick(["free", "paid", "ask"] as const),
        tags: base.tags ?? [],
        lastCheckedAt: new Date(Date.UTC(2026, Math.floor(next() * 10), 1)),
        publishedAt: new Date(),
      });
      const codes: [string, string][] = [
        ...base.categories.map((c): [string, string] => ["categories", c]),
        ...(base.needs ?? []).map((n): [string, string] => ["needs", n]),
        ...AGE_GROUP_TERMS.filter((g) => g.min <= max && g.max >= min).map((g): [string, string] => [
          "age-groups",
          g.code,
        ]),
      ];
      for (const [taxonomy, code] of codes) {
        const t = termId(taxonomy, code);
        if (t) children.terms.push({ serviceId: id, termId: t });
      }
      const area = pick(AREA_TERMS);
      children.areas.push({ serviceId: id, areaCode: area.code, name: area.name });
      if (next() < 0.7) {
        const locationId = crypto.randomUUID();
        children.locations.push({
          id: locationId,
          name: `${town} venue ${i}`,
          latitude: 53.75 + next() * 0.18,
          longitude: -3.06 + next() * 0.09,
        });
        children.addresses.push({
          locationId,
          address1: `${i} High Street`,
          city: town,
          postalCode: `FY${1 + Math.floor(next() * 8)} 1AA`,
        });
        children.links.push({ serviceId: id, locationId });
      }
      children.schedules.push({
        serviceId: id,
        byday: [pick(days), pick(days)].join(","),
        opensAt: "09:00",
        closesAt: "15:00",
      });
    }
    await prisma.$transaction([
      prisma.service.createMany({ data: services }),
      prisma.serviceTerm.createMany({ data: children.terms }),
      prisma.serviceArea.createMany({ data: children.areas }),
      prisma.location.createMany({ data: children.locations }),
      prisma.address.createMany({ data: children.addresses }),
      prisma.serviceAtLocation.createMany({ data: children.links }),
      prisma.schedule.createMany({ data: children.schedules }),
    ]);
    log(`Generated ${Math.min(count, start + 1000)} of ${count} listings`);
  }
  return count;
}

/** An officer's approved edit, as the benchmark's "edit searchable within 2 s" probe. */
export async function renameBenchService(slug: string, name: string): Promise<string> {
  return db().$transaction(async (tx) => {
    const s = await tx.service.update({ where: { slug }, data: { name } });
    const { enqueueSearchChange } = await import("@/lib/search/sync/outbox");
    await enqueueSearchChange(tx, s.id, "upsert");
    return s.id;
  });
}

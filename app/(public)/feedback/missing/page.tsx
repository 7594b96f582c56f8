import type { Metadata } from "next";
import { MissingSupportForm } from "@/components/feedback/missing-support-form";
import { Link } from "@/components/ui/link";
import { MISSING_AGE_GROUPS } from "@/lib/feedback/labels";
import { sendMissingSupportAction } from "@/lib/feedback/submit/actions";
import { cleanQuery } from "@/lib/services/filters";
import { loadVocabulary } from "@/lib/taxonomy/loaders";

export const metadata: Metadata = { title: "Tell us about support that is missing", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function MissingSupportPage({ searchParams }: Props) {
  const params = await searchParams;
  const vocabulary = await loadVocabulary();
  const needs = vocabulary.needs.map((n) => ({ value: n.code, label: n.name }));
  const areas = vocabulary.areas.map((a) => ({ value: a.code, label: a.name }));
  // Filled in from the search that found too little; anything we do not know is left empty.
  const pick = (v: string, known: readonly string[]) => (known.includes(v) ? v : "");
  const start = {
    need: pick(
      first(params.need),
      needs.map((n) => n.value),
    ),
    ageGroup: pick(first(params.age), Object.keys(MISSING_AGE_GROUPS)),
    area: pick(
      first(params.area),
      areas.map((a) => a.value),
    ),
    lookedFor: cleanQuery(first(params.q)),
  };
  return (
    <>
      <h1 className="text-3xl">Tell us about support that is missing</h1>
      <p className="mt-3 max-w-2xl">
        Could you not find the help your child or young person needs? Tell us what you were looking for. The council
        uses what families tell us to see where support is missing, and to plan and buy new services.
      </p>
      <p className="mt-3 max-w-2xl">
        If you need help now, <Link href="/about">contact the Local Offer team</Link>. To tell us about something else,
        use our <Link href="/feedback">feedback form</Link>.
      </p>
      <MissingSupportForm action={sendMissingSupportAction} needs={needs} areas={areas} start={start} />
    </>
  );
}

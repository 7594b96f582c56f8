import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { SimpleForm } from "@/components/ui/simple-form";
import { deleteThesaurusAction, saveThesaurusAction } from "@/lib/thesaurus/actions";
import { loadThesaurusEntry } from "@/lib/thesaurus/loaders";

export const metadata: Metadata = { title: "Thesaurus entry" };

type Props = { params: Promise<{ entryId: string }> };

// "new" adds an entry; an id changes one.
export default async function ThesaurusEntryPage({ params }: Props) {
  const entry = await loadThesaurusEntry((await params).entryId);
  return (
    <>
      <p className="text-base">
        <Link href="/admin/thesaurus">Back to the thesaurus</Link>
      </p>
      <h1 className="mt-2 text-3xl">{entry ? `Change "${entry.term}"` : "Add a thesaurus entry"}</h1>
      <SimpleForm
        action={saveThesaurusAction}
        hidden={entry ? { entryId: entry.id } : {}}
        submitLabel="Save entry"
        fields={[
          {
            name: "term",
            label: "The word services use",
            hint: 'It must appear in listings, like "speech and language therapy"',
            value: entry?.term,
          },
          {
            name: "synonyms",
            label: "Words and phrases families use",
            hint: "Separate them with commas, like salt, speech therapy, talking",
            long: true,
            value: entry?.synonyms.join(", "),
          },
          {
            name: "explanation",
            label: "Plain explanation",
            // The jargon buster lists as other names only those the explanation names (ADR 0019).
            hint: 'Shown in the jargon buster. Name other names in brackets or as capitals, like "Speech and language therapy (SALT or SLT) helps …"',
            long: true,
            value: entry?.explanation,
          },
        ]}
      />
      {entry && (
        <ActionForm
          action={deleteThesaurusAction}
          hidden={{ entryId: entry.id }}
          submitLabel={`Remove "${entry.term}"`}
          secondary
        />
      )}
    </>
  );
}

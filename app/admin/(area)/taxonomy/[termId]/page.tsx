import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { SimpleForm } from "@/components/ui/simple-form";
import { deleteTermAction, updateTermAction } from "@/lib/taxonomy/actions";
import { loadTermForAdmin } from "@/lib/taxonomy/loaders";

export const metadata: Metadata = { title: "Change a term" };

type Props = { params: Promise<{ termId: string }> };

export default async function TermPage({ params }: Props) {
  const { taxonomy, term } = await loadTermForAdmin((await params).termId);
  return (
    <>
      <p className="text-base">
        <Link href="/admin/taxonomy">Back to categories, needs, ages and areas</Link>
      </p>
      <h1 className="mt-2 text-3xl">Change &ldquo;{term.name}&rdquo;</h1>
      <p className="mt-2">
        {taxonomy.name}. Used by {term._count.services} listings.
      </p>
      <SimpleForm
        action={updateTermAction}
        hidden={{ termId: term.id }}
        submitLabel="Save"
        fields={[
          { name: "name", label: "Name", value: term.name },
          { name: "description", label: "Description", long: true, value: term.description },
          ...(taxonomy.code === "categories"
            ? [
                {
                  name: "reviewMonths",
                  label: "Check listings in this category every (months)",
                  hint: "Leave empty for the usual 12 months. For example, 6 for holiday schemes.",
                  width: "w-24",
                  value: term.reviewMonths ? String(term.reviewMonths) : "",
                },
              ]
            : []),
        ]}
      />
      {term._count.services === 0 && ["categories", "needs"].includes(taxonomy.code) && (
        <ActionForm
          action={deleteTermAction}
          hidden={{ termId: term.id }}
          submitLabel={`Remove "${term.name}"`}
          secondary
        />
      )}
    </>
  );
}

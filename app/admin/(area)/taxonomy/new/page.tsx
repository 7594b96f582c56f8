import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SimpleForm } from "@/components/ui/simple-form";
import { requireAdmin } from "@/lib/auth/loaders";
import { createTermAction } from "@/lib/taxonomy/actions";
import { EXTENSIBLE_TAXONOMIES } from "@/lib/taxonomy/schema";

export const metadata: Metadata = { title: "Add a term" };

type Props = { searchParams: Promise<{ taxonomy?: string }> };

export default async function NewTermPage({ searchParams }: Props) {
  await requireAdmin("/admin/taxonomy");
  const { taxonomy } = await searchParams;
  if (!(EXTENSIBLE_TAXONOMIES as readonly string[]).includes(taxonomy ?? "")) notFound();
  return (
    <>
      <p className="text-base">
        <Link href="/admin/taxonomy">Back to categories, needs, ages and areas</Link>
      </p>
      <h1 className="mt-2 text-3xl">Add a term to {taxonomy === "needs" ? "needs" : "categories"}</h1>
      <SimpleForm
        action={createTermAction}
        hidden={{ taxonomy: taxonomy! }}
        submitLabel="Add term"
        fields={[
          { name: "name", label: "Name", hint: 'The words families use, like "Sleep"' },
          { name: "description", label: "Description", long: true },
        ]}
      />
    </>
  );
}

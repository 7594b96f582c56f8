import type { Metadata } from "next";
import { SuggestionsSection } from "@/components/suggestions/suggestions-section";
import { isStaff } from "@/lib/auth/roles";
import { makeSuggestionIntoEditAction } from "@/lib/suggestions/actions";
import { loadOpenSuggestions } from "@/lib/suggestions/loaders";

export const metadata: Metadata = { title: "Suggestions from families" };

type Props = { searchParams: Promise<{ dismissed?: string }> };

export default async function SuggestionsPage({ searchParams }: Props) {
  const { user, suggestions } = await loadOpenSuggestions("/admin/suggestions");
  const { dismissed } = await searchParams;
  return (
    <>
      {dismissed && (
        <p role="status" className="mb-4 border-l-8 border-success bg-panel p-4">
          The suggestion is dismissed. Its provider sees your reason.
        </p>
      )}
      <h1 className="text-3xl">Suggestions from families</h1>
      <SuggestionsSection
        suggestions={suggestions}
        makeIntoEdit={makeSuggestionIntoEditAction}
        canDismiss={isStaff(user)}
      />
    </>
  );
}

import type { Metadata } from "next";
import { OrganisationForm } from "@/components/admin/organisation-form";
import { ActionForm } from "@/components/ui/action-form";
import { ChoiceGroup } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import { ORGANISATION_KIND_LABELS } from "@/lib/organisations/labels";
import { chooseOrganisationAction, saveTaskAction } from "@/lib/submissions/actions";
import { loadOrganisationMatches } from "@/lib/submissions/loaders";

export const metadata: Metadata = { title: "Your organisation", robots: { index: false } };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function OrganisationTaskPage({ searchParams }: Props) {
  const { q } = await searchParams;
  const { draft, query, matches } = await loadOrganisationMatches(typeof q === "string" ? q : "");
  const saved = draft.answers.organisation ?? {};
  const chosen = saved.choice === "existing" ? String(saved.organisationName ?? "") : "";
  const typed = saved.choice === "new" ? (saved as Record<string, string>) : {};
  return (
    <>
      <p className="text-base">
        <Link href="/add-your-service/tasks">Back to your sections</Link>
      </p>
      <h1 className="mt-2 text-3xl">Your organisation</h1>
      {chosen && (
        <p className="mt-4 max-w-2xl border-l-8 border-success bg-panel p-4">
          You chose <strong>{chosen}</strong>. To choose another, search below.
        </p>
      )}
      <section aria-labelledby="find" className="mt-6 max-w-2xl">
        <h2 id="find" className="text-2xl">
          Is your organisation already on the Local Offer?
        </h2>
        <form method="get" role="search" className="mt-2">
          <label htmlFor="f-q" className="block font-bold">
            Organisation name
          </label>
          <p id="f-q-hint" className="text-base text-muted">
            Type at least 2 letters of its name.
          </p>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              id="f-q"
              name="q"
              type="search"
              defaultValue={query}
              maxLength={100}
              aria-describedby="f-q-hint"
              className="input w-72"
            />
            <button type="submit" className="button button-secondary">
              Search
            </button>
          </div>
        </form>
        {query.length >= 2 && (
          <div className="mt-4" role="status">
            {matches.length ? (
              <p>
                {matches.length === 1 ? "1 organisation matches" : `${matches.length} organisations match`} &ldquo;
                {query}&rdquo;.
              </p>
            ) : (
              <p>
                No organisation matches &ldquo;{query}&rdquo;. Check the spelling, or add it as a new organisation
                below.
              </p>
            )}
          </div>
        )}
        {matches.length > 0 && (
          <ActionForm action={chooseOrganisationAction} hidden={{}} submitLabel="Choose this organisation">
            <ChoiceGroup
              type="radio"
              name="organisationId"
              legend="Which is yours?"
              options={matches.map((m) => ({
                value: m.id,
                label: `${m.name} (${ORGANISATION_KIND_LABELS[m.kind as keyof typeof ORGANISATION_KIND_LABELS] ?? m.kind})`,
              }))}
              checked={saved.choice === "existing" ? [String(saved.organisationId)] : []}
              className="[&>div]:flex-col"
            />
          </ActionForm>
        )}
      </section>
      <section aria-labelledby="new" className="mt-10 max-w-2xl border-t-2 border-line pt-4">
        <h2 id="new" className="text-2xl">
          Or add a new organisation
        </h2>
        <p className="mt-2">
          A council officer checks every new organisation. Once it is approved, you can sign in to keep its listings up
          to date.
        </p>
        <OrganisationForm
          action={saveTaskAction}
          hidden={{ task: "organisation" }}
          initial={typed}
          submitLabel="Save and continue"
          title="Your organisation"
        />
      </section>
    </>
  );
}

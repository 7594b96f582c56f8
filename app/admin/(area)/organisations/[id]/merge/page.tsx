import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { mergeOrganisationAction } from "@/lib/organisations/actions";
import { loadMerge } from "@/lib/organisations/loaders";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ into?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { into: intoId } = await searchParams;
  const { organisation, into } = await loadMerge((await params).id, intoId);
  const title = `Merge ${organisation.name} into another organisation`;
  return { title: intoId !== undefined && !into ? `Error: ${title}` : title };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// Two steps, both plain pages: choose the organisation to keep (a GET form, so it works without
// JavaScript), then confirm with everything that will move spelled out.
export default async function MergeOrganisationPage({ params, searchParams }: Props) {
  const { into: intoId } = await searchParams;
  const { organisation: o, targets, contents, into } = await loadMerge((await params).id, intoId);
  const chooseError = intoId !== undefined && !into ? "Choose an organisation from the list" : undefined;
  return (
    <>
      <p className="text-base">
        <Link href={`/admin/organisations/${o.id}`}>Back to {o.name}</Link>
      </p>
      <h1 className="mt-2 text-3xl">Merge {o.name} into another organisation</h1>
      {o.archivedAt ? (
        <p className="mt-4">This organisation is archived or already merged. It cannot be merged.</p>
      ) : into ? (
        <>
          <h2 className="mt-6 text-2xl">Check before you merge</h2>
          <div className="mt-2 max-w-2xl border-l-8 border-warning bg-panel p-4">
            <p>
              <strong>{into.name}</strong> is kept. From <strong>{o.name}</strong>, these move to it:
            </p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              <li>{plural(contents.listings, "listing", "listings")}</li>
              <li>{plural(contents.people, "person who can sign in", "people who can sign in")}</li>
              <li>{plural(contents.revisions, "listing change not yet decided", "listing changes not yet decided")}</li>
              <li>{plural(contents.submissions, "“Add your service” submission", "“Add your service” submissions")}</li>
            </ul>
            <p className="mt-2">
              {o.name} is then archived and points to {into.name}. This cannot be undone from this page.
            </p>
          </div>
          <ActionForm
            action={mergeOrganisationAction}
            hidden={{ organisationId: o.id, intoId: into.id }}
            submitLabel={`Merge into ${into.name}`}
          />
          <p className="mt-4">
            <Link href={`/admin/organisations/${o.id}/merge`}>Choose a different organisation</Link>
          </p>
        </>
      ) : (
        <form method="get" className="mt-4 max-w-2xl" noValidate>
          {chooseError && (
            <div role="alert" aria-labelledby="error-summary-title" className="mb-6 border-4 border-danger p-4">
              <h2 id="error-summary-title" className="text-2xl">
                There is a problem
              </h2>
              <p className="mt-2">
                <a href="#f-into" className="font-bold text-danger">
                  {chooseError}
                </a>
              </p>
            </div>
          )}
          <div className={`mt-4 ${chooseError ? "border-l-4 border-danger pl-3" : ""}`}>
            <label htmlFor="f-into" className="block font-bold">
              Which organisation should be kept?
            </label>
            <p id="f-into-hint" className="text-base text-muted">
              Its name and details stay. {o.name}&apos;s listings and people move to it.
            </p>
            {chooseError && (
              <p id="f-into-error" className="font-bold text-danger">
                <span className="sr-only">Error: </span>
                {chooseError}
              </p>
            )}
            <select
              id="f-into"
              name="into"
              defaultValue=""
              aria-describedby={chooseError ? "f-into-hint f-into-error" : "f-into-hint"}
              className="input mt-1 w-auto max-w-full"
            >
              <option value="">Choose an organisation</option>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button mt-6">
            Continue
          </button>
        </form>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AdviceEditor, type AdviceEditorValues } from "@/components/admin/advice-editor";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/field";
import { markAdviceCheckedAction, saveAdviceAction, setAdviceOwnerAction } from "@/lib/advice/actions";
import { loadAdvicePageForStaff } from "@/lib/advice/loaders";
import { liveContentOf } from "@/lib/advice/live-content";
import { formatDate } from "@/lib/services/format";

type Props = {
  params: Promise<{ advicePageId: string }>;
  searchParams: Promise<{ sent?: string; checked?: string; owner?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await loadAdvicePageForStaff((await params).advicePageId);
  return { title: `Advice page: ${page.title}` };
}

const DONE: Record<string, string> = {
  sent: "Your change was sent. It goes live when another officer approves it.",
  checked: "Marked as checked. The next review is due in 12 months.",
  owner: "The owner was changed.",
};

/** The editor starts from the officer's own change still open (draft, waiting or sent back), else the live page. */
function startingValues(content: Record<string, unknown>): AdviceEditorValues {
  const s = (k: string) => (typeof content[k] === "string" ? (content[k] as string) : "");
  const l = (k: string) => (Array.isArray(content[k]) ? (content[k] as unknown[]).map(String) : []);
  return {
    title: s("title"),
    summary: s("summary"),
    body: s("body"),
    audience: s("audience") || "parents",
    easyRead: s("easyRead"),
    schedule2: l("schedule2"),
    categories: l("categories"),
    relatedServiceIds: l("relatedServiceIds"),
  };
}

export default async function AdvicePageAdmin({ params, searchParams }: Props) {
  const { user, page, officers, categories, services } = await loadAdvicePageForStaff((await params).advicePageId);
  const sp = await searchParams;
  const done = Object.keys(DONE).find((k) => sp[k as keyof typeof sp] === "1");
  const waiting = page.revisions.filter((r) => r.state === "submitted");
  const own = page.revisions.find(
    (r) => r.authorId === user.id && ["draft", "submitted", "changes_requested"].includes(r.state),
  );
  const title = `Advice page: ${page.title}`;
  return (
    <>
      <p className="text-base">
        <Link href="/admin/advice">Back to advice pages</Link>
      </p>
      <h1 className="mt-2 text-3xl">{page.title}</h1>
      {done && (
        <p role="status" className="mt-4 border-l-8 border-success bg-panel p-4">
          {DONE[done]}
        </p>
      )}
      <dl className="mt-4 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">Address</dt>
        <dd>
          {page.publishedAt ? <Link href={`/advice/${page.slug}`}>/advice/{page.slug}</Link> : `/advice/${page.slug}`}
          {!page.publishedAt && " (not public yet)"}
        </dd>
        <dt className="font-bold">Owner</dt>
        <dd>{page.owner ? (page.owner.name ?? page.owner.email) : "Nobody"}</dd>
        <dt className="font-bold">Last checked</dt>
        <dd>{page.lastCheckedAt ? formatDate(page.lastCheckedAt) : "Never"}</dd>
        <dt className="font-bold">Review due</dt>
        <dd>{page.reviewDueAt ? formatDate(page.reviewDueAt) : "Not set: mark it as checked"}</dd>
        <dt className="font-bold">Waiting for approval</dt>
        <dd>
          {waiting.length === 0
            ? "Nothing"
            : waiting.map((r) => (
                <Link key={r.id} href={`/admin/review/${r.id}`} className="block">
                  A change sent {formatDate(r.updatedAt)}
                </Link>
              ))}
        </dd>
      </dl>
      <div className="mt-6 grid max-w-3xl gap-8 md:grid-cols-2">
        <section aria-labelledby="check-title">
          <h2 id="check-title" className="text-2xl">
            Checked it is still right?
          </h2>
          <p className="mt-2">Sets today as last checked, and the next review 12 months from now.</p>
          <ActionForm
            action={markAdviceCheckedAction}
            hidden={{ advicePageId: page.id }}
            submitLabel="Mark as checked"
            secondary
          />
        </section>
        <section aria-labelledby="owner-title">
          <h2 id="owner-title" className="text-2xl">
            Owner
          </h2>
          <ActionForm
            action={setAdviceOwnerAction}
            hidden={{ advicePageId: page.id }}
            submitLabel="Change owner"
            secondary
          >
            <SelectField
              name="ownerId"
              label="The officer who keeps this page right"
              defaultValue={page.owner?.id ?? ""}
              options={officers.map((o) => ({ value: o.id, label: o.name ?? o.email }))}
            />
          </ActionForm>
        </section>
      </div>
      <h2 className="mt-8 text-2xl">Change the page</h2>
      {own?.state === "changes_requested" && own.reason && (
        <p className="mt-2 border-l-8 border-warning bg-panel p-4">An officer asked for changes: {own.reason}</p>
      )}
      {own && own.state !== "changes_requested" && (
        <p className="mt-2">
          You are changing your own change that is {own.state === "draft" ? "a draft" : "waiting"}.
        </p>
      )}
      <AdviceEditor
        action={saveAdviceAction}
        title={title}
        advicePageId={page.id}
        categories={categories}
        services={services}
        initial={startingValues(own ? (own.data as Record<string, unknown>) : liveContentOf(page))}
      />
    </>
  );
}

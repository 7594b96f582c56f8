"use client";
// The moderation queue as one table in one form: each row says what, who and how long it has
// waited, and a likely duplicate; unpublished listings have a checkbox for the bulk buttons.
// Works without JavaScript (checkboxes and two submit buttons); errors come back in the summary.
import Link from "next/link";
import { useActionState } from "react";
import type { FormState } from "@/lib/platform/action-client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { fieldId } from "@/components/ui/field";
import { Table } from "@/components/ui/table";

export type QueueRow = {
  key: string;
  href: string;
  what: string;
  who: string;
  waited: string;
  mine: boolean;
  bulkId?: string;
  duplicate?: { name: string; href: string; why: string };
};

type Props = { rows: QueueRow[]; action: (prev: FormState | null, fd: FormData) => Promise<FormState> };

export function ModerationQueue({ rows, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = { ...(state?.fieldErrors ?? {}), ...(state?.formError ? { _form: state.formError } : {}) };
  const kept = new Set(Array.isArray(state?.values?.ids) ? (state.values.ids as string[]) : []);
  const bulk = rows.some((r) => r.bulkId);
  return (
    <form action={formAction} noValidate className="mt-4">
      {Object.keys(errors).length > 0 && <title>Error: There is a problem - Seabourne Local Offer</title>}
      <ErrorSummary errors={errors} />
      <div id={fieldId("ids")} tabIndex={-1} className="overflow-x-auto">
        <Table headings={[bulk && "Select", "What", "Who", "Waiting", "Looks like"]}>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-line align-top">
              {bulk && (
                <td className="py-2 pr-3">
                  {r.bulkId && (
                    <input
                      type="checkbox"
                      name="ids[]"
                      value={r.bulkId}
                      defaultChecked={kept.has(r.bulkId)}
                      aria-label={`Select ${r.what}`}
                      className="h-6 w-6"
                    />
                  )}
                </td>
              )}
              <td className="py-2 pr-3">
                <Link href={r.href}>{r.what}</Link>
                {r.mine && <span className="block text-muted">Yours: another officer must decide it</span>}
              </td>
              <td className="pr-3 break-all">{r.who}</td>
              <td className="pr-3">{r.waited}</td>
              <td>
                {r.duplicate ? (
                  <>
                    Looks like: <Link href={r.duplicate.href}>{r.duplicate.name}</Link>
                    <span className="block text-muted">{r.duplicate.why}</span>
                  </>
                ) : (
                  ""
                )}
              </td>
            </tr>
          ))}
        </Table>
      </div>
      {bulk && (
        <div className="mt-4 flex flex-wrap gap-4">
          <button type="submit" name="intent" value="publish" disabled={pending} className="button">
            Publish selected listings
          </button>
          <button type="submit" name="intent" value="archive" disabled={pending} className="button button-secondary">
            Archive selected listings
          </button>
        </div>
      )}
    </form>
  );
}

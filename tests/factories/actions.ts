// Server actions run the way a submitted form runs them, for integration tests: the fields as the
// browser sends them, the signed-in user, and what came back — the form state, or where it redirected.
import { runAs } from "@/lib/auth/session";
import type { FormState } from "@/lib/platform/action-client";

/** A form's fields as the browser sends them: an array is the same name repeated (write `needs[]` for a list). */
export function formData(values: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) for (const one of [value].flat()) form.append(name, one);
  return form;
}

export type ActionOutcome = FormState & {
  /** Next's digest when the action redirected or ended in a not-found: "NEXT_REDIRECT;replace;/path;303;". */
  digest?: string;
  /** The path it redirected to. */
  redirect?: string;
};
type Action = (previous: FormState | null, form: FormData) => Promise<FormState>;

/** Runs `action` as `user`; a redirect or not-found comes back as its digest, any other error is thrown. */
export async function runAction(user: Parameters<typeof runAs>[0], action: Action, form: FormData) {
  try {
    return (await runAs(user, () => action(null, form))) as ActionOutcome;
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (typeof digest !== "string") throw error;
    const redirect = digest.startsWith("NEXT_REDIRECT") ? digest.split(";")[2] : undefined;
    return { ok: true, digest, redirect } as ActionOutcome;
  }
}

/** The redirect digest, or the whole state when there was none (so a failed expectation shows why). */
export const digestOf = (outcome: ActionOutcome) => outcome.digest ?? JSON.stringify(outcome);

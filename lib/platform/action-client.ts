// One chain of server-action builders: authenticate → parse with the domain's zod schema → run
// the handler, which authorizes against database state (scoped `where`) before it writes.
// A failed parse returns the field errors and everything typed, so a form without JavaScript
// re-renders with nothing lost.
import "server-only";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { isAdmin, isStaff, type SignedInUser } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { forgetCachedPages } from "@/lib/platform/page-cache/store";

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, unknown>;
export type FormState = {
  ok: boolean;
  message?: string;
  formError?: string;
  fieldErrors?: FieldErrors;
  values?: FormValues;
  /** Extra, action-specific information for the page (e.g. a conflicting live version). */
  detail?: Record<string, unknown>;
};

/** First message per field, keyed by the form field's name (`contacts.0.email`). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    // zod's own wording ("Invalid input: expected number, received string") is not plain English.
    const typeMessage =
      issue.code === "invalid_type" && issue.expected === "number" ? "Enter a whole number, like 5" : undefined;
    out[key] ??= typeMessage ?? issue.message;
  }
  return out;
}

/**
 * Turns form fields named with dotted paths (`contacts.0.phones.1.number`) into nested objects
 * and arrays. Repeated names (checkboxes) become arrays when the name ends in `[]`.
 */
const UNSAFE_KEYS = new Set(["__proto__", "prototype", "constructor"]);

export function readForm(fd: FormData): FormValues {
  const root: FormValues = {};
  for (const [rawKey, value] of fd.entries()) {
    if (typeof value !== "string" || rawKey.startsWith("$ACTION")) continue;
    const many = rawKey.endsWith("[]");
    const parts = (many ? rawKey.slice(0, -2) : rawKey).split(".");
    // Field names come from whoever posts the form: never let one reach an object's prototype.
    if (parts.some((p) => UNSAFE_KEYS.has(p))) continue;
    let node: Record<string, unknown> = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (last) {
        if (many) node[part] = [...((node[part] as string[] | undefined) ?? []), value];
        else node[part] = value;
        return;
      }
      node[part] ??= /^\d+$/.test(parts[i + 1]) ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return root;
}

type Guard = (user: SignedInUser | null) => boolean;
type Handler<S extends z.ZodType> = (
  input: z.output<S>,
  ctx: { user: SignedInUser; raw: FormValues },
) => Promise<FormState>;

function chain(guard: Guard, needsUser: boolean) {
  return <S extends z.ZodType>(schema: S, handler: Handler<S>, toInput: (raw: FormValues) => unknown = (r) => r) =>
    async (_prev: FormState | null, fd: FormData): Promise<FormState> => {
      const user = await getCurrentUser();
      if (needsUser && !user) redirect("/admin/sign-in");
      if (!guard(user)) notFound();
      const raw = readForm(fd);
      const parsed = schema.safeParse(toInput(raw));
      if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: raw };
      try {
        return await handler(parsed.data, { user: user as SignedInUser, raw });
      } finally {
        // Whatever a signed-in person changed may show on public pages: serve them fresh.
        if (needsUser) forgetCachedPages();
      }
    };
}

export const publicAction = chain(() => true, false);
export const providerAction = chain((u) => !!u, true); // providers and staff; handlers scope by organisation
export const staffAction = chain(isStaff, true);
export const adminAction = chain(isAdmin, true);

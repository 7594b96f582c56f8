// One chain of server-action builders: authenticate → parse with the domain's zod schema → run
// the handler, which authorizes against database state (scoped `where`) before it writes.
// A failed parse returns the field errors and everything typed, so a form without JavaScript
// re-renders with nothing lost. An AppError thrown by the handler is caught here, once, for every
// action: plain words back to the form, or the 404 page.
import "server-only";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { isAdmin, isStaff, type SignedInUser } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/platform/app-error";
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
/** A schema, or one chosen by who posts (an officer must name the organisation, a provider's is their own). */
type SchemaFor<S extends z.ZodType> = S | ((user: SignedInUser) => S);

/** How a form's posted values become what its schema parses; every step is optional. */
export type FormOptions = {
  /** The values the form comes back with and the handler sees as `raw` (default: as posted). */
  values?: (posted: FormValues) => FormValues;
  /** What the schema parses, made from those values (default: the values themselves). */
  toInput?: (values: FormValues) => unknown;
  /** More for the page when the parse fails (e.g. plain-language advice on what was typed). */
  invalidDetail?: (values: FormValues) => Promise<Record<string, unknown>>;
};

/** The form state for an expected failure; anything unexpected is re-thrown for error.tsx. */
function failedState(error: unknown, values: FormValues): FormState {
  // redirect() and notFound() work by throwing: they must reach Next, not the form.
  unstable_rethrow(error);
  if (!(error instanceof AppError)) throw error;
  // Outside your scope is indistinguishable from not there: the same 404 page.
  if (error.code === "not_found") notFound();
  const state: FormState = { ok: false, values };
  if (error.message) state.formError = error.message;
  if (error.fieldErrors) state.fieldErrors = error.fieldErrors;
  if (error.detail) state.detail = error.detail;
  return state;
}

function chain(guard: Guard, needsUser: boolean) {
  return <S extends z.ZodType>(schema: SchemaFor<S>, handler: Handler<S>, form: FormOptions = {}) =>
    async (_prev: FormState | null, fd: FormData): Promise<FormState> => {
      const user = await getCurrentUser();
      if (needsUser && !user) redirect("/admin/sign-in");
      if (!guard(user)) notFound();
      const posted = readForm(fd);
      const raw = form.values ? form.values(posted) : posted;
      const parser = typeof schema === "function" ? schema(user as SignedInUser) : schema;
      const parsed = parser.safeParse(form.toInput ? form.toInput(raw) : raw);
      if (!parsed.success) {
        const state: FormState = { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: raw };
        if (form.invalidDetail) state.detail = await form.invalidDetail(raw);
        return state;
      }
      try {
        return await handler(parsed.data, { user: user as SignedInUser, raw });
      } catch (error) {
        return failedState(error, raw);
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

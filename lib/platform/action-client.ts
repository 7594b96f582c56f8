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
import { announcePageChange } from "@/lib/platform/page-cache/mutations";
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
 * What one post may hold. The largest form, the listing editor with every list at its schema's
 * `.max()` (LIST_LIMITS), has about 1,000 fields and well under 200,000 characters; Next.js
 * refuses bodies over 1 MB before we see them. Anything bigger was not made by our pages.
 */
export const MAX_FORM_FIELDS = 2000;
export const MAX_FORM_CHARACTERS = 1_000_000;
const TOO_BIG = "This form is too big to send. Reload the page and try again.";
// A list index below 100, written as a browser writes it: "x.99999999" would otherwise make a
// list of 100 million empty places, and sending it back to the page would stall the server.
const LIST_INDEX = /^(?:0|[1-9]\d?)$/;
const DIGITS = /^\d+$/;
// Field names come from whoever posts the form: never let one reach an object's prototype.
const UNSAFE_KEYS = new Set(["__proto__", "prototype", "constructor"]);

type Node = Record<string, unknown> | unknown[];

/** Puts one field's value at its dotted path; a name that does not fit (a huge index, a clash) is dropped. */
function placeField(root: Node, parts: string[], value: string, many: boolean): void {
  if (parts.some((p) => UNSAFE_KEYS.has(p) || (DIGITS.test(p) && !LIST_INDEX.test(p)))) return;
  let node = root as Record<string, unknown>;
  for (const [i, part] of parts.entries()) {
    // Lists take only indexes: "x.0" then "x.length" must not set a list's length.
    if (Array.isArray(node) && !DIGITS.test(part)) return;
    if (i === parts.length - 1) {
      const existing = node[part];
      if (!many) node[part] = value;
      else if (Array.isArray(existing)) existing.push(value);
      else node[part] = [value];
      return;
    }
    const child = node[part] ?? (DIGITS.test(parts[i + 1]) ? [] : {});
    // A name used both for a value and for a group ("a" and "a.b"): the value stays.
    if (typeof child !== "object" || child === null) return;
    node[part] = child;
    node = child as Record<string, unknown>;
  }
}

/**
 * Turns form fields named with dotted paths (`contacts.0.phones.1.number`) into nested objects
 * and arrays. Repeated names (checkboxes) become arrays when the name ends in `[]`. A form with
 * more fields or text than ours ever have is refused with an AppError.
 */
export function readForm(fd: FormData): FormValues {
  const root: FormValues = {};
  let fields = 0;
  let characters = 0;
  for (const [rawKey, value] of fd.entries()) {
    if (typeof value !== "string" || rawKey.startsWith("$ACTION")) continue;
    fields += 1;
    characters += rawKey.length + value.length;
    if (fields > MAX_FORM_FIELDS || characters > MAX_FORM_CHARACTERS) throw new AppError("invalid", TOO_BIG);
    const many = rawKey.endsWith("[]");
    placeField(root, (many ? rawKey.slice(0, -2) : rawKey).split("."), value, many);
  }
  return root;
}

/** Only the fields the schema names: a public form never sends back whatever a stranger posted. */
function knownFields(schema: z.ZodType, values: FormValues): FormValues {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  if (!shape) return {};
  return Object.fromEntries(Object.keys(shape).flatMap((k) => (Object.hasOwn(values, k) ? [[k, values[k]]] : [])));
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
      let posted: FormValues;
      try {
        posted = readForm(fd);
      } catch (error) {
        return failedState(error, {});
      }
      const raw = form.values ? form.values(posted) : posted;
      const parser = typeof schema === "function" ? schema(user as SignedInUser) : schema;
      // Signed-in people get back everything they typed; anybody else only the form's own fields.
      const echoed = needsUser ? raw : knownFields(parser, raw);
      const parsed = parser.safeParse(form.toInput ? form.toInput(raw) : raw);
      if (!parsed.success) {
        const state: FormState = { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: echoed };
        if (form.invalidDetail) state.detail = await form.invalidDetail(raw);
        return state;
      }
      try {
        return await handler(parsed.data, { user: user as SignedInUser, raw });
      } catch (error) {
        return failedState(error, echoed);
      } finally {
        // Whatever a signed-in person changed may show on public pages: serve them fresh, here at once
        // and on every other server through NOTIFY page_changed (ADR 0021). A database too troubled to
        // send it must not turn a finished action into an error: those pages expire within a minute.
        if (needsUser) {
          forgetCachedPages();
          await announcePageChange().catch(() => {});
        }
      }
    };
}

export const publicAction = chain(() => true, false);
export const providerAction = chain((u) => !!u, true); // providers and staff; handlers scope by organisation
export const staffAction = chain(isStaff, true);
export const adminAction = chain(isAdmin, true);

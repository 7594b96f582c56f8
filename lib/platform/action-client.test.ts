import { describe, expect, it, vi } from "vitest";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { MAX_FORM_CHARACTERS, MAX_FORM_FIELDS, publicAction, readForm } from "./action-client";
import { AppError } from "./app-error";

// The chain asks who is signed in; a public action lets anybody through, so nobody is enough.
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

const form = (entries: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};

describe("readForm", () => {
  it("builds nested lists from dotted field names and arrays from names ending in []", () => {
    expect(
      readForm(
        form([
          ["name", "Swim club"],
          ["contacts.0.phones.1.number", "01632 960 111"],
          ["needs[]", "autism"],
          ["needs[]", "adhd"],
        ]),
      ),
    ).toEqual({
      name: "Swim club",
      contacts: [{ phones: [undefined, { number: "01632 960 111" }] }],
      needs: ["autism", "adhd"],
    });
  });

  it("ignores field names that would reach an object's prototype", () => {
    const values = readForm(
      form([
        ["__proto__.isAdmin", "yes"],
        ["constructor.prototype.isAdmin", "yes"],
        ["a.__proto__.b", "x"],
        ["name", "ok"],
      ]),
    );
    expect(values).toEqual({ name: "ok" });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("drops a field whose list index is 100 or more, instead of making a list that long", () => {
    const started = Date.now();
    const values = readForm(
      form([
        ["x.99999999", "boom"],
        ["contacts.100.name", "too far"],
        ["contacts.99.name", "last one allowed"],
        ["name", "ok"],
      ]),
    );
    expect(values.x).toBeUndefined();
    expect((values.contacts as unknown[]).length).toBe(100);
    expect((values.contacts as { name: string }[])[99]).toEqual({ name: "last one allowed" });
    expect(Date.now() - started).toBeLessThan(100);
  });

  it("refuses a form with more fields, or more text, than any of our forms has", () => {
    const many = Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, i): [string, string] => [`f${i}`, "x"]);
    expect(() => readForm(form(many))).toThrow(AppError);
    expect(Object.keys(readForm(form(many.slice(0, MAX_FORM_FIELDS))))).toHaveLength(MAX_FORM_FIELDS);
    const huge = "x".repeat(MAX_FORM_CHARACTERS / 2 + 1);
    expect(() =>
      readForm(
        form([
          ["a", huge],
          ["b", huge],
        ]),
      ),
    ).toThrow(AppError);
  });
});

describe("the action chain's errors", () => {
  const schema = z.object({ name: z.string().min(1, "Enter the name") });
  const posted = form([["name", "Swim club"]]);
  const digestOf = async (p: Promise<unknown>) => {
    try {
      await p;
      return "no error";
    } catch (error) {
      return (error as { digest?: string }).digest ?? (error as Error).message;
    }
  };

  it("turns a thrown AppError into the form's plain words, keeping everything typed", async () => {
    const action = publicAction(schema, async () => {
      throw new AppError("wrong_state", "This change has already been decided.", {
        fieldErrors: { name: "Use a different name" },
        detail: { count: 2 },
      });
    });
    expect(await action(null, posted)).toEqual({
      ok: false,
      formError: "This change has already been decided.",
      fieldErrors: { name: "Use a different name" },
      values: { name: "Swim club" },
      detail: { count: 2 },
    });
  });

  it("leaves out the form message when an AppError names only fields", async () => {
    const action = publicAction(schema, async () => {
      throw new AppError("clash", "", { fieldErrors: { name: "There is already one" } });
    });
    expect(await action(null, posted)).toEqual({
      ok: false,
      fieldErrors: { name: "There is already one" },
      values: { name: "Swim club" },
    });
  });

  it("shows the 404 page for not_found: outside your scope looks like not there", async () => {
    const action = publicAction(schema, async () => {
      throw new AppError("not_found", "There is no listing with that address you can change.");
    });
    expect(await digestOf(action(null, posted))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("lets redirect() and notFound() through to Next", async () => {
    const redirecting = publicAction(schema, async () => redirect("/admin/review?approved=1"));
    expect(await digestOf(redirecting(null, posted))).toMatch(/^NEXT_REDIRECT;[^;]+;\/admin\/review\?approved=1;/);
    const missing = publicAction(schema, async () => notFound());
    expect(await digestOf(missing(null, posted))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("re-throws anything unexpected for error.tsx, never putting its text in the form", async () => {
    const action = publicAction(schema, async () => {
      throw new Error('duplicate key value violates unique constraint "User_email_key"');
    });
    await expect(action(null, posted)).rejects.toThrow(/duplicate key/);
  });

  it("returns the field errors and the typed values when the parse fails, without running the handler", async () => {
    const handler = vi.fn();
    const action = publicAction(schema, handler, { invalidDetail: async (v) => ({ seen: v.name }) });
    expect(await action(null, form([["name", ""]]))).toEqual({
      ok: false,
      fieldErrors: { name: "Enter the name" },
      values: { name: "" },
      detail: { seen: "" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("sends back only the fields a public form has, never made-up ones", async () => {
    const action = publicAction(schema, vi.fn());
    const state = await action(
      null,
      form([
        ["name", ""],
        ["junk.5", "x"],
        ["more", "y"],
      ]),
    );
    expect(state.values).toEqual({ name: "" });
  });

  it("answers a form that is too big with plain words, sending nothing back", async () => {
    const handler = vi.fn();
    const action = publicAction(schema, handler);
    const many = Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, i): [string, string] => [`f${i}`, "x"]);
    const state = await action(null, form(many));
    expect(state).toEqual({ ok: false, formError: expect.stringMatching(/too big/), values: {} });
    expect(handler).not.toHaveBeenCalled();
  });
});

import { describe, expect, it, vi } from "vitest";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { publicAction, readForm } from "./action-client";
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
});

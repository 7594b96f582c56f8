// Sign-in links are not left lying around: outside development (here NODE_ENV is "test", as
// `npm start` makes it "production") a sign-in email kept in the outbox or printed to the console
// says only who it was for, never the link. In development (`npm run dev`) the link is still shown,
// so signing in works with no mail server.
import { afterEach, expect, it, vi } from "vitest";
import { sendSignInLink } from "@/lib/auth/sign-in-email";
import { db } from "@/lib/platform/db";
import { createUser } from "@/tests/factories/admin";

const TOKEN = "5e1f0c3a9d8b7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f";
const AUTH_LINK =
  "http://localhost:3000/api/auth/callback/email" +
  `?callbackUrl=%2Fadmin&token=${TOKEN}&email=jo.smith%40seabourne.gov.uk`;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function captureConsole(): () => string {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  return () => [...log.mock.calls, ...error.mock.calls].flat().map(String).join("\n");
}

it("outside development, the outbox and the console show who the link was for, not the link", async () => {
  vi.stubEnv("SMTP_URL", "");
  await createUser("editor", "jo.smith@seabourne.gov.uk");
  const printed = captureConsole();
  await sendSignInLink("jo.smith@seabourne.gov.uk", AUTH_LINK);

  const kept = await db().emailMessage.findMany();
  expect(kept).toHaveLength(1);
  expect(kept[0].to).toBe("jo.smith@seabourne.gov.uk");
  expect(kept[0].text).toContain("Sign-in link for j…@seabourne.gov.uk");
  expect(JSON.stringify(kept)).not.toContain(TOKEN);
  expect(printed()).toContain("Sign-in link for j…@seabourne.gov.uk");
  expect(printed()).not.toContain(TOKEN);
  expect(printed()).not.toContain("jo.smith");
});

it("in development, the outbox keeps the link, which opens the page with the Sign in button", async () => {
  vi.stubEnv("SMTP_URL", "");
  vi.stubEnv("NODE_ENV", "development");
  await createUser("editor", "jo.smith@seabourne.gov.uk");
  captureConsole();
  await sendSignInLink("jo.smith@seabourne.gov.uk", AUTH_LINK);
  const [kept] = await db().emailMessage.findMany();
  const link = /(http\S+)/.exec(kept.text)![1];
  const url = new URL(link);
  expect(url.pathname).toBe("/admin/sign-in/confirm");
  expect(url.searchParams.get("token")).toBe(TOKEN);
  expect(url.searchParams.get("email")).toBe("jo.smith@seabourne.gov.uk");
  expect(url.searchParams.get("callbackUrl")).toBe("/admin");
});

it("for an address with no account, nothing is kept and the console does not print the address", async () => {
  vi.stubEnv("SMTP_URL", "");
  const printed = captureConsole();
  await sendSignInLink("stranger@example.org", AUTH_LINK);
  expect(await db().emailMessage.count()).toBe(0);
  expect(printed()).not.toContain("stranger@");
  expect(printed()).not.toContain(TOKEN);
});

// The draft's cookie: strictly necessary (it only holds the visitor's own draft), so it needs no
// consent. It holds a random token; the database keeps its hash. Only "Add your service" pages get it.
import "server-only";
import { cookies } from "next/headers";
import { DRAFT_DAYS } from "./schema";

export const DRAFT_COOKIE = "add_your_service";
const PATH = "/add-your-service";

export async function readDraftToken(): Promise<string | undefined> {
  const value = (await cookies()).get(DRAFT_COOKIE)?.value;
  return value && value.length <= 100 ? value : undefined;
}

/** Only from a server action or route handler: pages cannot set cookies. */
export async function keepDraftToken(token: string): Promise<void> {
  (await cookies()).set(DRAFT_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: (process.env.APP_URL ?? "").startsWith("https://"),
    path: PATH,
    maxAge: DRAFT_DAYS * 24 * 60 * 60,
  });
}

export async function forgetDraftToken(): Promise<void> {
  (await cookies()).delete({ name: DRAFT_COOKIE, path: PATH });
}

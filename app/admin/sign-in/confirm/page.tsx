import type { Metadata } from "next";
import { SIGN_IN_LINK_MINUTES } from "@/auth";

// The emailed link opens this page; only its button (a POST to Auth.js's callback) signs in. Mail
// scanners that follow links fetch the page and nothing else, so the link is still there for the
// person (ADR 0010). The token is in this page's address: no referrer leaves it.
export const metadata: Metadata = { title: "Sign in", robots: { index: false }, referrer: "no-referrer" };

type Props = { searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }> };

export default async function ConfirmSignInPage({ searchParams }: Props) {
  const { token, email, callbackUrl } = await searchParams;
  if (typeof token !== "string" || typeof email !== "string" || !token || !email) {
    return (
      <>
        <h1 className="text-3xl">This sign-in link is not complete</h1>
        <p className="mt-3 max-w-2xl">
          Copy the whole link from the email, or <a href="/admin/sign-in">ask for a new link</a>.
        </p>
      </>
    );
  }
  const params = new URLSearchParams({ token, email });
  if (typeof callbackUrl === "string") params.set("callbackUrl", callbackUrl);
  return (
    <>
      <h1 className="text-3xl">Sign in to the staff area</h1>
      <p className="mt-3 max-w-2xl">
        Select the button to sign in as <strong className="break-words">{email}</strong>.
      </p>
      <p className="mt-3 max-w-2xl">
        The link works once and stops working {SIGN_IN_LINK_MINUTES} minutes after we sent it.
      </p>
      <form method="post" action={`/api/auth/callback/email?${params}`} className="mt-6">
        <button type="submit" className="button">
          Sign in
        </button>
      </form>
    </>
  );
}

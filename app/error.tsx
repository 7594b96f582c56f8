"use client";
// Shown when a page fails (the database is down, say). Plain words, no technical detail: the
// detail is in the server log, which Next writes with the digest shown here.
import { TeamPhone } from "@/components/ui/team-phone";
import { useEffect } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <>
      <h1 className="text-3xl">Sorry, there is a problem with the service</h1>
      <p className="mt-3">We could not load this page. Please try again in a few minutes.</p>
      <p className="mt-3">
        If you need help now, call the Local Offer team on <TeamPhone /> (Monday to Friday, 9am to 5pm).
      </p>
      <button type="button" onClick={reset} className="button mt-6">
        Try again
      </button>
      {error.digest && <p className="mt-6 text-base text-muted">Reference: {error.digest}</p>}
    </>
  );
}

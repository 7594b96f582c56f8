"use client";
import { useEffect } from "react";

export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <>
      <h1 className="text-3xl">Sorry, there is a problem</h1>
      <p className="mt-3">
        We could not finish that. Nothing you saved before has been lost. Try again in a few minutes.
      </p>
      <button type="button" onClick={reset} className="button mt-6">
        Try again
      </button>
      {error.digest && <p className="mt-6 text-base text-muted">Reference for the web team: {error.digest}</p>}
    </>
  );
}

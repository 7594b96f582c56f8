"use client";
import { TeamPhone } from "@/components/ui/team-phone";
import "./globals.css";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en-GB">
      <body className="mx-auto max-w-3xl p-6 font-sans">
        <main>
          <h1 className="text-3xl">Sorry, there is a problem with the service</h1>
          <p className="mt-3">
            Please try again later, or call the Local Offer team on <TeamPhone />.
          </p>
          {error.digest && <p className="mt-6 text-muted">Reference: {error.digest}</p>}
        </main>
      </body>
    </html>
  );
}

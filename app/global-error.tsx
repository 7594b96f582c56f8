"use client";
import "./globals.css";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en-GB">
      <body className="mx-auto max-w-3xl p-6 font-sans">
        <main>
          <h1 className="text-3xl">Sorry, there is a problem with the service</h1>
          <p className="mt-3">Please try again later, or call the Local Offer team on <a href="tel:01253477000">01253 477 000</a>.</p>
          {error.digest && <p className="mt-6 text-muted">Reference: {error.digest}</p>}
        </main>
      </body>
    </html>
  );
}

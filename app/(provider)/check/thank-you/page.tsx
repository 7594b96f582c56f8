import type { Metadata } from "next";

export const metadata: Metadata = { title: "Thank you for checking", robots: { index: false } };

export default function ThankYouPage() {
  return (
    <>
      <h1 className="text-3xl">Thank you: your listing is marked as checked</h1>
      <p className="mt-3 max-w-2xl">
        Families will see today&apos;s date as &ldquo;Last checked&rdquo;. We will ask you again in a year.
      </p>
    </>
  );
}

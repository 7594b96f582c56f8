import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <>
      <h1 className="text-3xl">Check your email</h1>
      <p className="mt-3 max-w-2xl">
        If that address belongs to a staff account, we have sent it a link to sign in. Open the email on this device and
        select the link.
      </p>
      <p className="mt-3 max-w-2xl">The link works once and stops working after 15 minutes.</p>
      <p className="mt-3">
        <a href="/admin/sign-in">Send another link</a> if nothing arrives in 5 minutes, or check your spam folder.
      </p>
    </>
  );
}

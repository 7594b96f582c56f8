import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { safeNextPath } from "@/lib/auth/redirect-target";
import { getCurrentUser } from "@/lib/auth/session";
import { loadReminderSignInEmail } from "@/lib/review-dates/loaders";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

// `reminder`: a provider sent here from a review reminder's "something needs changing"; the address
// is looked up from it, never carried in the URL.
type Props = { searchParams: Promise<{ next?: string; reminder?: string; "signed-out"?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next, reminder, "signed-out": signedOut } = await searchParams;
  if (await getCurrentUser()) redirect(safeNextPath(next));
  return (
    <>
      {signedOut && (
        <p role="status" className="mb-4 border-l-8 border-success bg-panel p-4">
          You have signed out.
        </p>
      )}
      <h1 className="text-3xl">Sign in to the staff area</h1>
      <p className="mt-3 max-w-2xl">
        This area is for Seabourne Council officers and the organisations that run services. Families do not need to
        sign in: <a href="/services">find services</a> instead.
      </p>
      <SignInForm
        next={next}
        email={typeof reminder === "string" ? await loadReminderSignInEmail(reminder) : undefined}
      />
    </>
  );
}

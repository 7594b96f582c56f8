import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string; email?: string; "signed-out"?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next, email, "signed-out": signedOut } = await searchParams;
  if (await getCurrentUser()) redirect(next && next.startsWith("/") && !next.startsWith("//") ? next : "/admin");
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
      <SignInForm next={next} email={email?.slice(0, 200)} />
    </>
  );
}

import type { Metadata } from "next";
import { SignInForm } from "@/components/admin/sign-in-form";

export const metadata: Metadata = { title: "There is a problem signing you in", robots: { index: false } };

type Props = { searchParams: Promise<{ error?: string }> };

export default async function SignInProblemPage({ searchParams }: Props) {
  const { error } = await searchParams;
  const expired = error === "Verification";
  return (
    <>
      <h1 className="text-3xl">
        {expired ? "That sign-in link has expired or has already been used" : "We could not sign you in"}
      </h1>
      <p className="mt-3 max-w-2xl">
        {expired
          ? "Each link works once, for 15 minutes. Enter your email address and we will send you a new one."
          : "Your account may have been removed, or something went wrong. " +
            "Try again, or ask a Local Offer administrator to check your account."}
      </p>
      <SignInForm submitLabel="Send me a new link" />
    </>
  );
}

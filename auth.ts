// Auth.js (next-auth v5): passwordless sign-in by an emailed link, sessions in the database.
// Only people an administrator has added (`npm run user:create`, /admin/users) can sign in;
// the link works once and for 15 minutes (ADR 0010).
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import { after } from "next/server";
import Nodemailer from "next-auth/providers/nodemailer";
import { safeNextPath } from "@/lib/auth/redirect-target";
import { sendSignInLink } from "@/lib/auth/sign-in-email";
import { findActiveUserByEmail } from "@/lib/users/data";
import { recordSignIn } from "@/lib/users/mutations";
import { db } from "@/lib/platform/db";

// The link in the email is built from AUTH_URL, never from the request's Host header, so a forged
// Host cannot send somebody's sign-in link to another site.
if (process.env.APP_URL) process.env.AUTH_URL ??= process.env.APP_URL;

export const SIGN_IN_LINK_MINUTES = 15;

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: PrismaAdapter(db()),
  // An expired or reused link is a person's mistake, not a fault: one line, not a stack trace.
  logger: {
    error(error) {
      // Class names are minified in the build: Auth.js's own `type` says which error it is.
      if ((error as { type?: string }).type === "Verification") console.warn("Sign-in link expired or already used.");
      else console.error(error);
    },
  },
  session: { strategy: "database", maxAge: 8 * 60 * 60, updateAge: 15 * 60 },
  pages: { signIn: "/admin/sign-in", verifyRequest: "/admin/sign-in/check-email", error: "/admin/sign-in/problem" },
  providers: [
    Nodemailer({
      id: "email",
      name: "Email",
      server: process.env.SMTP_URL || { jsonTransport: true },
      maxAge: SIGN_IN_LINK_MINUTES * 60,
      normalizeIdentifier: (email) => email.trim().toLowerCase(),
      // After the answer has gone: looking the person up and talking to the mail server would make
      // a known address slower than an unknown one, and the difference would tell who has an account.
      sendVerificationRequest: ({ identifier, url }) =>
        after(() => sendSignInLink(identifier, url).catch((error) => console.error("Sign-in email failed:", error))),
    }),
  ],
  events: {
    // Who signed in and when, in the audit log.
    async signIn({ user }) {
      if (user.id && user.email) await recordSignIn(user.id, user.email);
    },
  },
  callbacks: {
    // Unknown or disabled addresses never get in, and never get told whether they exist:
    // sendSignInLink simply sends nothing to them.
    async signIn({ user, email }) {
      if (email?.verificationRequest) return true;
      return !!(user.email && (await findActiveUserByEmail(user.email)));
    },
    // Where the emailed link lands: a page of this site, never one `callbackUrl` names elsewhere.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeNextPath(url, baseUrl)}`;
    },
    session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id } };
    },
  },
}));

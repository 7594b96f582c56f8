import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { refuseFloodedAuthJsSignIn } from "@/lib/auth/sign-in-limit";
import { CONFIRM_SIGN_IN_PATH } from "@/lib/auth/sign-in-email";

// Auth.js signs in on a GET of its email callback; a mail scanner following the link would use it
// up. A GET goes to our page with the "Sign in" button instead, which posts to the same address.
export function GET(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.endsWith("/callback/email"))
    return new Response(null, { status: 303, headers: { Location: `${CONFIRM_SIGN_IN_PATH}${search}` } });
  return handlers.GET(request);
}

// Asking Auth.js directly for a link counts against the same limits as the site's form.
export async function POST(request: NextRequest) {
  return (await refuseFloodedAuthJsSignIn(request)) ?? handlers.POST(request);
}

// Emails to the person who sent a service through "Add your service": the link that confirms their
// address (and one that reopens their draft), "we have your submission", and each approval.
import "server-only";
import { sendEmail } from "@/lib/platform/email/send";
import { maskEmail } from "@/lib/platform/email/mask-email";
import { SITE } from "@/lib/platform/site";
import { CONFIRM_LINK_HOURS } from "./schema";
import type { Submitter } from "./join/mutations";

const appUrl = () => process.env.APP_URL || process.env.AUTH_URL || "http://localhost:3000";
const signIn = (to: string) =>
  `To sign in, go to ${appUrl()}/admin/sign-in and enter this email address (${to}). We will email you a link that signs you in. You do not need a password.`;

export async function sendConfirmationLink(
  to: string,
  person: { name: string; serviceName: string; token: string; resumeToken?: string },
) {
  await sendEmail({
    to,
    subject: `Confirm your email address to send ${person.serviceName} to the ${SITE.name}`,
    text: [
      `Hello ${person.name || "there"},`,
      "",
      `To send "${person.serviceName}" to the council, confirm your email address with this link:`,
      "",
      `${appUrl()}/add-your-service/confirm/${person.token}`,
      "",
      `The link works once and stops working after ${CONFIRM_LINK_HOURS} hours. Nothing is sent to the council until you use it.`,
      ...(person.resumeToken
        ? [
            "",
            "To change your answers first, open your draft here:",
            `${appUrl()}/add-your-service/resume/${person.resumeToken}`,
          ]
        : []),
      "",
      "If you did not add a service to the Local Offer, you can ignore this email.",
    ].join("\n"),
    secretLabel: `Add your service confirmation link for ${maskEmail(to)}`,
  });
}

export async function sendReceived(
  to: string,
  s: { name: string; serviceName: string; organisationName: string; newOrganisation: boolean },
) {
  await sendEmail({
    to,
    subject: `We have your submission: ${s.serviceName}`,
    text: [
      `Hello ${s.name || "there"},`,
      "",
      `Thank you. We have "${s.serviceName}" from ${s.organisationName}. A council officer will check it, usually within 10 working days, and email you when it is on the ${SITE.name}.`,
      ...(s.newOrganisation
        ? ["", `${s.organisationName} is new to the Local Offer, so an officer will check the organisation too.`]
        : []),
      "",
      `Questions? Email ${SITE.email} or call ${SITE.phone}.`,
    ].join("\n"),
  });
}

const JOIN_WORDS: Record<Submitter["outcome"], (to: string, org: string) => string> = {
  joined: (to, org) => `You can now sign in to keep ${org}'s listings up to date. ${signIn(to)}`,
  already: (to) => signIn(to),
  other_organisation: (_to, org) =>
    `Your email address already belongs to another organisation here. To change ${org}'s listings too, ask us at ${SITE.email}.`,
  staff: () => "You can change it from the staff area as usual.",
  removed: (_to, org) => `To keep ${org}'s listings up to date, ask us at ${SITE.email} to give you access.`,
};

export async function sendOrganisationApproved(submitters: Submitter[], organisationName: string) {
  for (const s of submitters)
    await sendEmail({
      to: s.email,
      subject: `${organisationName} is approved on the ${SITE.name}`,
      text: [
        `Hello ${s.name || "there"},`,
        "",
        `A council officer has approved ${organisationName}. Your service is still being checked: we will email you when it is live.`,
        "",
        JOIN_WORDS[s.outcome](s.email, organisationName),
      ].join("\n"),
    });
}

export async function sendServiceApproved(s: Submitter, service: { name: string; slug: string }, org: string) {
  await sendEmail({
    to: s.email,
    subject: `${service.name} is now on the ${SITE.name}`,
    text: [
      `Hello ${s.name || "there"},`,
      "",
      `A council officer has approved "${service.name}". Families can now find it here:`,
      `${appUrl()}/services/${service.slug}`,
      "",
      JOIN_WORDS[s.outcome](s.email, org),
      "",
      "Every change you make is checked by the council before it goes live.",
    ].join("\n"),
  });
}

/** An officer asked for changes: their message, and the link that opens the sender's draft again. */
export async function sendChangesAsked(
  to: string,
  s: { name: string; serviceName: string; message: string; resumeToken: string },
) {
  await sendEmail({
    to,
    subject: `Please change your service before it goes on the ${SITE.name}: ${s.serviceName}`,
    text: [
      `Hello ${s.name || "there"},`,
      "",
      `A council officer has looked at "${s.serviceName}" and asks you to change something before it can go on the ${SITE.name}.`,
      "",
      "What they asked for:",
      s.message,
      "",
      "Your answers are kept. Open them with this link, make the changes, then send and confirm them again:",
      `${appUrl()}/add-your-service/resume/${s.resumeToken}`,
      "",
      "You do not need an account. Keep this email: the link opens your answers until you send them again.",
      "",
      `Questions? Email ${SITE.email} or call ${SITE.phone}.`,
    ].join("\n"),
    secretLabel: `Add your service resume link for ${maskEmail(to)}`,
  });
}

/** An officer returned the service for good: the reason. Their draft stays closed. */
export async function sendSubmissionRejected(to: string, s: { name: string; serviceName: string; reason: string }) {
  await sendEmail({
    to,
    subject: `${s.serviceName} will not go on the ${SITE.name}`,
    text: [
      `Hello ${s.name || "there"},`,
      "",
      `A council officer has looked at "${s.serviceName}" and it will not go on the ${SITE.name}.`,
      "",
      "The reason they gave:",
      s.reason,
      "",
      `If something has changed, you can add it again at ${appUrl()}/add-your-service.`,
      "",
      `Questions? Email ${SITE.email} or call ${SITE.phone}.`,
    ].join("\n"),
  });
}

/** A sent service was the same as one already listed: its details became a change to that listing. */
export async function sendSubmissionMerged(to: string, s: { name: string; serviceName: string; existingName: string }) {
  await sendEmail({
    to,
    subject: `${s.serviceName} is already on the ${SITE.name}`,
    text: [
      `Hello ${s.name || "there"},`,
      "",
      `Thank you for sending "${s.serviceName}". It looks like "${s.existingName}", which is already on the ${SITE.name}.`,
      `A council officer has joined them, so there is one listing, not two. Your answers are now a change to "${s.existingName}". An officer checks it before families see it.`,
      "",
      `Questions? Email ${SITE.email} or call ${SITE.phone}.`,
    ].join("\n"),
  });
}

import type { Metadata } from "next";
import { loadOutbox } from "@/lib/platform/email/loaders";

export const metadata: Metadata = { title: "Email outbox" };

const when = (d: Date) =>
  d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

export default async function OutboxPage() {
  const messages = await loadOutbox();
  return (
    <>
      <h1 className="text-3xl">Email outbox</h1>
      <p className="mt-2 max-w-3xl">
        Emails the site could not send: no mail server is set up (SMTP_URL), or sending failed. Newest first. Sign-in
        emails show only who they were for: the link itself is shown here only in development.
      </p>
      {messages.length === 0 ? (
        <p className="mt-4">The outbox is empty.</p>
      ) : (
        <ol className="mt-4 space-y-4">
          {messages.map((m) => (
            <li key={m.id} className="border-2 border-line p-4">
              <h2 className="text-xl">{m.subject}</h2>
              <p className="text-base">
                To {m.to}, {when(m.createdAt)}
                {m.error ? ` — not sent: ${m.error}` : ""}
              </p>
              <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-base">{m.text}</pre>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

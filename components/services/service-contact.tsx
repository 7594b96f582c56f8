import type { Language } from "@/lib/i18n/languages";
import { t } from "@/lib/i18n/translate";
import type { FullListing } from "@/lib/services/data";
import { telHref } from "@/lib/services/format";
import { safeHref } from "@/lib/services/safe-href";

/** How to reach someone: the first thing a parent looks for, so it sits at the top of the page. */
export function ServiceContact({ service, lang = "en" }: { service: FullListing; lang?: Language }) {
  // Checked again here: a row written before links were checked must not become a javascript: link.
  const website = safeHref(service.url);
  return (
    <section aria-labelledby="contact-heading" className="border-s-8 border-brand bg-panel p-4">
      <h2 id="contact-heading" className="text-2xl">
        {t(lang, "contact.heading")}
      </h2>
      <ul className="mt-2 space-y-3">
        {service.contacts.map((c) => (
          <li key={c.id}>
            {(c.title || c.name) && <p className="font-bold">{[c.title, c.name].filter(Boolean).join(": ")}</p>}
            {c.phones.map((p) => (
              <p key={p.id}>
                {t(lang, "contact.phone")}{" "}
                <a href={telHref(p.number)} className="font-semibold" dir="ltr">
                  {p.number}
                </a>
                {p.description && <span className="text-muted"> ({p.description})</span>}
              </p>
            ))}
            {c.email && (
              <p>
                {t(lang, "contact.email")}{" "}
                <a href={`mailto:${c.email}`} className="break-all">
                  {c.email}
                </a>
              </p>
            )}
          </li>
        ))}
        {service.email && !service.contacts.some((c) => c.email === service.email) && (
          <li>
            {t(lang, "contact.email")}{" "}
            <a href={`mailto:${service.email}`} className="break-all">
              {service.email}
            </a>
          </li>
        )}
        {website && (
          <li>
            {t(lang, "contact.website")}{" "}
            <a href={website} className="break-all">
              {website.replace(/^https?:\/\//, "")}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}

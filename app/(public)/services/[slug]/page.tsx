import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ServiceEvents } from "@/components/events/service-events";
import { JargonHint } from "@/components/glossary/jargon-text";
import { EasyReadSummary, ReadingViewToggle } from "@/components/services/easy-read";
import { ServiceContact } from "@/components/services/service-contact";
import { ShapedText } from "@/components/services/shaped-text";
import { SaveButton } from "@/components/shortlist/save-button";
import { Locations, OpeningTimes } from "@/components/services/service-where-when";
import { loadServiceEvents } from "@/lib/events/loaders";
import { loadJargonLinker } from "@/lib/glossary/loaders";
import { countListingView } from "@/lib/listing-views/count-views";
import { runOnEveryView } from "@/lib/platform/page-cache/store";
import { absoluteUrl, pageMetadata } from "@/lib/platform/page-metadata";
import { loadPublishedService } from "@/lib/services/loaders";
import { formatDate, formatMoney } from "@/lib/services/format";
import { easyReadLines } from "@/lib/services/easy-read";
import { safeHref } from "@/lib/services/safe-href";
import { SEND_QUESTIONS } from "@/lib/services/send-questions";
import { mapBlockText, shapeText } from "@/lib/services/text-shape";
import { loadShortlistIds } from "@/lib/shortlist/loaders";
import { serviceJsonLd, toScriptJson } from "@/lib/services/structured-data";
import { AsWrittenNote } from "@/components/ui/as-written-note";
import { accessLabel, costLabel, formatAgeRangeIn, statusLabel } from "@/lib/i18n/format-listing";
import { asWrittenProps } from "@/lib/i18n/languages";
import { loadTranslator } from "@/lib/i18n/loaders";
import { localMetadata } from "@/lib/i18n/local-metadata";
import { splitAround } from "@/lib/i18n/split-around";
import { localHref } from "@/lib/i18n/translate";
import { ServiceFeatureFacts } from "@/components/services/service-feature-facts";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ view?: string | string[] }> };

/** The easy-read summary's lines when the visitor chose "Easy read" and the listing has one; else null. */
async function easyReadChosen(service: { easyRead: string | null }, searchParams: Props["searchParams"]) {
  const lines = easyReadLines(service.easyRead);
  return (await searchParams).view === "easy-read" && lines.length > 0 ? lines : null;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const service = await loadPublishedService((await params).slug);
  if (!service) return { title: "Page not found" };
  // Both views share the standard page's canonical address: they are one listing.
  const easy = await easyReadChosen(service, searchParams);
  const meta = pageMetadata(`/services/${service.slug}`, {
    title: easy ? `${service.name} (easy read)` : service.name,
    description: service.summary,
  });
  return localMetadata(meta, `/services/${service.slug}`, (await loadTranslator()).lang);
}

/** `written`: the section holds the listing's own words (as written, in English). */
function Section({
  id,
  title,
  children,
  written,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  written?: ReturnType<typeof asWrittenProps>;
}) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      <div className="mt-2" {...written}>
        {children}
      </div>
    </section>
  );
}

export default async function ServicePage({ params, searchParams }: Props) {
  const service = await loadPublishedService((await params).slug);
  if (!service) notFound();
  const easyRead = await easyReadChosen(service, searchParams);
  // The page's own words in the reader's language; the listing's words as written (marked lang="en").
  const { lang, t } = await loadTranslator();
  const asWritten = asWrittenProps(lang);
  // Each view counts, also when the page cache serves it again (that view's own user agent decides
  // whether it was a program); signed-in people's views bypass the cache and count here.
  const userAgent = (await headers()).get("user-agent");
  runOnEveryView((view) => countListingView(service.id, view ? view.userAgent : userAgent));
  const terms = (taxonomy: string) =>
    service.terms.filter((t) => t.term.taxonomy.code === taxonomy).map((t) => t.term.name);
  const answers = service.sendAnswers as Record<string, string>;
  const answered = SEND_QUESTIONS.filter((q) => answers[q.code]);
  const events = await loadServiceEvents(service.id);
  const saved = (await loadShortlistIds()).includes(service.id);
  // Jargon links at first use on the page, so the texts go through one linker in reading order; each
  // text keeps its paragraphs, line breaks and lists (text-shape.ts).
  const linkJargon = await loadJargonLinker();
  const jargon = (text: string) => mapBlockText(shapeText(text), linkJargon);
  const text = {
    whoFor: jargon(service.whoFor),
    eligibility: service.eligibility ? jargon(service.eligibility) : [],
    referralRoute: service.referralRoute ? jargon(service.referralRoute) : [],
    description: jargon(service.description),
    answers: answered.map((q) => jargon(answers[q.code])),
  };

  return (
    <article>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: toScriptJson(serviceJsonLd(service, absoluteUrl(`/services/${service.slug}`))),
        }}
      />
      <p className="text-base">
        <Link href={localHref("/services", lang)}>{t("service.back")}</Link>
      </p>
      <h1 className="mt-2 text-3xl sm:text-4xl" {...asWritten}>
        {service.name}
      </h1>
      <p className="text-lg text-muted">{t("service.runBy", { organisation: service.organisation.name })}</p>
      <AsWrittenNote lang={lang} />

      {service.status !== "active" && (
        <div role="status" className="mt-4 border-s-8 border-warning bg-panel p-4">
          <p className="text-xl font-bold">{statusLabel(lang, service.status)}</p>
          {service.closureMessage && <p className="mt-1">{service.closureMessage}</p>}
          {service.reopeningDate && (
            <p className="mt-1">{t("service.reopens", { date: formatDate(service.reopeningDate) })}</p>
          )}
        </div>
      )}

      {easyReadLines(service.easyRead).length > 0 && (
        <ReadingViewToggle slug={service.slug} current={easyRead ? "easy-read" : "standard"} lang={lang} />
      )}
      {!easyRead && (
        <p className="mt-4 max-w-3xl text-xl" {...asWritten}>
          {service.summary}
        </p>
      )}
      <div className="mt-4">
        <SaveButton
          serviceId={service.id}
          serviceName={service.name}
          saved={saved}
          back={localHref(`/services/${service.slug}${easyRead ? "?view=easy-read" : ""}`, lang)}
          lang={lang}
        />
      </div>
      {easyRead && (
        // The summary first here (it is what this view is for), then how to get in touch.
        <div className="mt-2 grid gap-6 md:grid-cols-[1fr_20rem]">
          <EasyReadSummary lines={easyRead} slug={service.slug} lang={lang} />
          <div className="md:mt-6">
            <ServiceContact service={service} lang={lang} />
          </div>
        </div>
      )}

      {!easyRead && (
        <>
          <div className="mt-6 grid gap-6 md:grid-cols-[1fr_20rem]">
            <div className="md:order-2">
              <ServiceContact service={service} lang={lang} />
            </div>
            <dl className="grid grid-cols-[auto_1fr] content-start gap-x-4 gap-y-2 md:order-1">
              <dt className="font-bold">{t("service.ages")}</dt>
              <dd>{formatAgeRangeIn(lang, service.minimumAge, service.maximumAge)}</dd>
              <dt className="font-bold">{t("card.cost")}</dt>
              <dd>{costLabel(lang, service.costType)}</dd>
              <dt className="font-bold">{t("card.how")}</dt>
              <dd>{accessLabel(lang, service.accessMethod)}</dd>
              <ServiceFeatureFacts service={service} lang={lang} />
              {service.waitingTime && (
                <>
                  <dt className="font-bold">{t("service.waiting")}</dt>
                  <dd {...asWritten}>{service.waitingTime}</dd>
                </>
              )}
              {terms("needs").length > 0 && (
                <>
                  <dt className="font-bold">{t("card.helpsWith")}</dt>
                  <dd {...asWritten}>{terms("needs").join(", ")}</dd>
                </>
              )}
              <dt className="font-bold">{t("filters.area")}</dt>
              <dd {...asWritten}>{service.serviceAreas.map((a) => a.name).join(", ")}</dd>
              <dt className="font-bold">{t("service.type")}</dt>
              <dd {...asWritten}>{terms("categories").join(", ")}</dd>
            </dl>
          </div>

          <Section id="who-for" title={t("service.whoFor")} written={asWritten}>
            <ShapedText blocks={text.whoFor} />
          </Section>
          {service.eligibility && (
            <Section id="eligibility" title={t("service.eligibility")} written={asWritten}>
              <ShapedText blocks={text.eligibility} />
            </Section>
          )}

          <Section id="how-to-get" title={t("service.howToGet")}>
            <p className="font-semibold">{accessLabel(lang, service.accessMethod)}.</p>
            {service.referralRoute && (
              <div className="mt-2">
                <ShapedText blocks={text.referralRoute} />
              </div>
            )}
            {safeHref(service.referralUrl) && (
              <p className="mt-2">
                <a href={safeHref(service.referralUrl)}>{t("service.referOnline")}</a>
              </p>
            )}
            {service.waitingTime && <p className="mt-2">{t("service.typicalWait", { time: service.waitingTime })}</p>}
          </Section>

          <Section id="about" title={t("service.about")} written={asWritten}>
            <ShapedText blocks={text.description} />
          </Section>

          <Section id="when" title={t("service.when")}>
            <OpeningTimes schedules={service.schedules} lang={lang} />
          </Section>
          <Section id="where" title={t("service.where")}>
            <Locations locations={service.serviceAtLocations} lang={lang} />
          </Section>

          <Section id="cost" title={t("card.cost")}>
            <p>{costLabel(lang, service.costType)}.</p>
            {service.costOptions.length > 0 && (
              <ul className="mt-2 list-disc ps-6">
                {service.costOptions.map((c) => (
                  <li key={c.id}>
                    {c.option}
                    {c.amount !== null && `: ${formatMoney(c.amount)}`}
                    {c.amountDescription && ` (${c.amountDescription})`}
                  </li>
                ))}
              </ul>
            )}
          </Section>

          {service.languages.length > 0 && (
            <Section id="languages" title={t("service.languages")}>
              <p>{service.languages.map((l) => l.name).join(", ")}</p>
            </Section>
          )}

          {answered.length > 0 && (
            <Section id="send" title={t("service.send")}>
              <dl className="space-y-4">
                {answered.map((q, i) => (
                  <div key={q.code}>
                    <dt className="font-bold">{q.question}</dt>
                    <dd className="mt-1">
                      <ShapedText blocks={text.answers[i]} />
                    </dd>
                  </div>
                ))}
              </dl>
            </Section>
          )}

          <ServiceEvents items={events} />
          <JargonHint />
        </>
      )}

      <footer className="mt-10 border-t border-line pt-4 text-base text-muted">
        <p>
          {t("service.lastChecked", {
            date: service.lastCheckedAt ? formatDate(service.lastCheckedAt) : t("service.notChecked"),
          })}
        </p>
        <p className="mt-2 text-lg text-ink">
          {t("service.wrong")}{" "}
          <Link href={localHref(`/services/${service.slug}/suggest-a-change`, lang)}>{t("service.suggest")}</Link>
        </p>
        <p className="mt-1">
          {splitAround(t("service.orEmail"), "{email}")[0]}
          <a href="mailto:localoffer@seabourne.gov.uk">localoffer@seabourne.gov.uk</a>
          {splitAround(t("service.orEmail"), "{email}")[1]}
        </p>
      </footer>
    </article>
  );
}

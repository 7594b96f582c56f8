import { asWrittenProps, type Language } from "@/lib/i18n/languages";
import { t } from "@/lib/i18n/translate";

// "Save to your list" / "Remove from your list": a plain form that posts to a route handler, so it
// works without JavaScript and the card needs no script. `back` is where the browser returns to (with
// its language prefix, so the visitor stays in their language).
export function SaveButton({
  serviceId,
  serviceName,
  saved,
  back,
  lang = "en",
  className = "print:hidden",
}: {
  /** Where it sits: the form is the outermost element, so a card needs no wrapper of its own. */
  className?: string;
  serviceId: string;
  serviceName: string;
  saved: boolean;
  back: string;
  lang?: Language;
}) {
  return (
    <form method="post" action={saved ? "/shortlist/remove" : "/shortlist/save"} className={className}>
      <input type="hidden" name="id" value={serviceId} />
      <input type="hidden" name="back" value={back} />
      {saved && (
        <p className="mb-1 inline-block font-semibold text-success" data-testid="saved-note">
          {t(lang, "save.onList")}
        </p>
      )}{" "}
      <button type="submit" className="button button-secondary text-base">
        {saved ? t(lang, "save.remove") : t(lang, "save.save")}
        {/* The listing's name as written (English). */}
        <span className="sr-only" {...asWrittenProps(lang)}>
          {" "}
          {serviceName}
        </span>{" "}
        {saved ? t(lang, "save.fromList") : t(lang, "save.toList")}
      </button>
    </form>
  );
}

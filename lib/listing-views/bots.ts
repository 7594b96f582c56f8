// Which visitors are programs, not people: search engines, link previews, monitors and scripts. Their
// views of a listing are not counted. Pure, and deliberately broad: a person's browser names itself
// (Mozilla/5.0 ... Chrome/... Safari/...) and never says bot, crawl, spider or the name of a tool.
const PROGRAMS = new RegExp(
  [
    "bot\\b|bot[/;_-]|crawl|spider|slurp|archiver|scrap|fetch|monitor|uptime|preview|lighthouse|pagespeed",
    "headless|phantom|curl|wget|python|java/|okhttp|go-http|node-fetch|axios|undici|libwww|httpclient",
    "http_request|postman|insomnia|facebookexternalhit|embedly|whatsapp|telegram|discord|slack|feed|rss",
  ].join("|"),
  "i",
);

export function isBot(userAgent: string | null | undefined): boolean {
  const ua = (userAgent ?? "").trim();
  // Browsers always send one; an empty or one-word user agent is a script.
  if (ua.length < 10 || !ua.includes("/")) return true;
  return PROGRAMS.test(ua);
}

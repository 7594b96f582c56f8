// The site's own address for links in calendar files: the configured one, else the request's.
export function siteOrigin(request: Request): string {
  const configured = process.env.APP_URL || process.env.AUTH_URL;
  try {
    return new URL(configured || request.url).origin;
  } catch {
    return new URL(request.url).origin;
  }
}

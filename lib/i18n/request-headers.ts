// Set by proxy.ts on every page request (and overwritten there, so a visitor cannot send their own):
// the language from the address's prefix, and the address without it (for the language switcher).
export const LANGUAGE_HEADER = "x-site-language";
export const PATH_HEADER = "x-site-path";

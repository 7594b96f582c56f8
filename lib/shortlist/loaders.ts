// Public reads for the shortlist: no sign-in; the cookie is the visitor's own.
import "server-only";
import { cache } from "react";
import { readShortlistIds } from "./cookie";
import { findPublishedServicesByIds } from "./data";
import { parseIds } from "./ids";

/** The ids on this visitor's list, read once per render (header, cards and page share it). */
export const loadShortlistIds = cache(() => readShortlistIds());

/** This visitor's list as published listings, and how many saved ones are no longer published. */
export const loadOwnShortlist = cache(async () => {
  const ids = await loadShortlistIds();
  const services = await findPublishedServicesByIds(ids);
  return { services, gone: ids.length - services.length };
});

/** A share link's list: ids that are not listing ids or not published are left out and counted. */
export const loadSharedShortlist = cache(async (raw: string) => {
  const { ids, dropped } = parseIds(raw);
  const services = await findPublishedServicesByIds(ids);
  return { services, leftOut: dropped + ids.length - services.length };
});

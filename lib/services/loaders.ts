// Public pages' reads: no sign-in, and only published listings (the data functions' own where).
import "server-only";
import { cache } from "react";
import { countPublishedServices, findPublishedServiceBySlug } from "./data";

/** One published listing, or null; cached so the page and its generateMetadata read it once. */
export const loadPublishedService = cache((slug: string) => findPublishedServiceBySlug(slug));

export const loadPublishedServiceCount = cache(() => countPublishedServices());

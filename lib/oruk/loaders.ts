import "server-only";
import { findPublishedServicesForCsv } from "./data";

/** The CSV export's source: every published service, in batches. Open like the rest of the API. */
export function loadPublishedServiceBatches() {
  return findPublishedServicesForCsv();
}

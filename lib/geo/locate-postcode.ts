// Where the results page's postcode is: a full postcode from the ONS Postcode Directory when the council
// has loaded it (npm run postcodes:load), otherwise, and for a district, the bundled district centroids.
// Never a network call. The answer says which, so the page can say how exact the distances are.
import "server-only";
import { findOnsPostcode, hasOnsPostcodes } from "./data";
import { POSTCODE_DISTRICTS } from "./postcode-districts";
import { parsePostcode } from "./postcode-field";

export type PostcodePlace = {
  /** Tidied: "FY4 2AB" or "FY4". Personal data when full: never logged (search.ts logs `outward`). */
  postcode: string;
  outward: string;
  lat: number;
  lng: number;
  /** "postcode": the directory's own point; "district": the middle of its district. */
  precision: "postcode" | "district";
  /** The month (YYYYMM) a postcode stopped being used; ONSPD still says where it was. */
  endedIn?: string;
};

export type LocatedPostcode = { typed: string; place?: PostcodePlace };

export async function locatePostcode(typed: string): Promise<LocatedPostcode> {
  const parsed = parsePostcode(typed);
  if (!parsed) return { typed };
  if (parsed.kind === "full") {
    const row = await findOnsPostcode(parsed.postcode);
    if (row)
      return {
        typed,
        place: {
          postcode: parsed.postcode,
          outward: parsed.outward,
          lat: row.lat,
          lng: row.lng,
          precision: "postcode",
          endedIn: row.doterm ?? undefined,
        },
      };
    // Loaded, yet not in it: a mistyped or made-up postcode, not one to guess a district for.
    if (await hasOnsPostcodes()) return { typed };
  }
  const centroid = POSTCODE_DISTRICTS[parsed.outward];
  if (!centroid) return { typed };
  return { typed, place: { postcode: parsed.postcode, outward: parsed.outward, ...centroid, precision: "district" } };
}

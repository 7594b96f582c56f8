// The OpenAPI description served at /api/oruk/openapi.json: the Open Referral UK profile's own
// document (openapi-source.json, copied unchanged from OpenReferralUK/uk-profile, CC BY-SA 4.0)
// adapted to what this directory serves: our server address, the organisations and CSV
// endpoints we add, our error responses, and two fixes to the source (the service_at_location
// by id response pointed at the service schema; two taxonomy-term operation ids were swapped).
import source from "./openapi-source.json";
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from "./pagination";

const SCHEMAS = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema";
type Json = Record<string, unknown>;

const errors = {
  "400": {
    description: "A query parameter is malformed; `error` says which and how.",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  },
  "429": {
    description: "Too many requests from one client; wait for `Retry-After` seconds.",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  },
};
const notFound = {
  "404": {
    description: "No published record has that id.",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  },
};

const pageOf = (ref: string, description: string) => ({
  description,
  content: {
    "application/json": {
      schema: {
        properties: { contents: { type: "array", items: { $ref: ref } } },
        allOf: [{ $ref: "#/components/schemas/Page" }],
      },
    },
  },
});
const idParameter = (what: string) => [
  {
    in: "path",
    name: "id",
    required: true,
    description: `The id (a UUID) of the ${what}.`,
    schema: { type: "string", format: "uuid" },
  },
];

export function buildOpenApi(baseUrl: string): Json {
  const doc = structuredClone(source) as unknown as Json & {
    paths: Record<string, Json & { get: Json & { responses: Json } }>;
    components: Json & { schemas: Json; parameters: Record<string, Json> };
  };
  doc.info = {
    ...(doc.info as Json),
    title: "Seabourne Local Offer: Open Referral UK API",
    description:
      "Read-only, open (no key) Open Referral UK 3.0 API of the Seabourne Local Offer. " +
      "Only published services are served. " +
      "`minimum_age` returns services whose own minimum age is at least the value, " +
      "`maximum_age` those whose maximum age is at most the value. " +
      `Pages hold ${DEFAULT_PER_PAGE} items unless \`per_page\` (1 to ${MAX_PER_PAGE}) says otherwise. ` +
      "Requests are rate-limited per client; a 429 response says how long to wait.",
  };
  doc.servers = [{ url: baseUrl, description: "This directory" }];

  for (const [path, item] of Object.entries(doc.paths)) {
    item.get.responses = { ...item.get.responses, ...errors, ...(path.includes("{id}") ? notFound : {}) };
  }
  const salById = doc.paths["/service_at_locations/{id}"].get;
  salById.responses["200"] = {
    description: "A service at a location, with the location and the service fully nested.",
    content: { "application/json": { schema: { $ref: `${SCHEMAS}/compiled/service_at_location.json` } } },
  };
  doc.paths["/taxonomy_terms"].get.operationId = "getPaginatedListOfTaxonomyTerms";
  doc.paths["/taxonomy_terms"].get.parameters = [
    { $ref: "#/components/parameters/page" },
    { $ref: "#/components/parameters/per_page" },
    { $ref: "#/components/parameters/taxonomy_id" },
  ];
  doc.paths["/taxonomy_terms/{id}"].get.operationId = "getTaxonomyTermById";

  doc.paths["/organizations"] = {
    get: {
      summary: "Organisations that provide at least one published service.",
      operationId: "getPaginatedListOfOrganizations",
      parameters: [{ $ref: "#/components/parameters/page" }, { $ref: "#/components/parameters/per_page" }],
      responses: {
        "200": pageOf(`${SCHEMAS}/compiled/organization_list.json`, "A paginated list of organisations."),
        ...errors,
      },
    },
  };
  doc.paths["/organizations/{id}"] = {
    parameters: idParameter("organization"),
    get: {
      summary: "One organisation with its published services fully nested.",
      operationId: "getOrganizationById",
      responses: {
        "200": {
          description: "The organisation.",
          content: { "application/json": { schema: { $ref: `${SCHEMAS}/compiled/organization.json` } } },
        },
        ...errors,
        ...notFound,
      },
    },
  };
  doc.paths["/export.csv"] = {
    get: {
      summary: 'Every published service as CSV: one row per service, lists joined with "; ".',
      operationId: "exportServicesCsv",
      responses: {
        "200": { description: "UTF-8 CSV with a header row.", content: { "text/csv": { schema: { type: "string" } } } },
        "429": errors["429"],
      },
    },
  };
  doc.components.schemas.Error = {
    type: "object",
    required: ["error"],
    properties: { error: { type: "string", description: "What was wrong, in plain words." } },
  };
  return doc;
}

import { describe, expect, it } from "vitest";
import { absoluteUrl, pageMetadata, publicOrigin } from "./page-metadata";

describe("publicOrigin", () => {
  it("is APP_URL's origin, then AUTH_URL's, then the local address", () => {
    expect(publicOrigin({ APP_URL: "https://offer.example.gov.uk/ignored/path" }).href).toBe(
      "https://offer.example.gov.uk/",
    );
    expect(publicOrigin({ AUTH_URL: "https://auth.example.org" }).href).toBe("https://auth.example.org/");
    expect(publicOrigin({ APP_URL: "not a url", PORT: "3400" }).href).toBe("http://localhost:3400/");
    expect(publicOrigin({}).href).toBe("http://localhost:3000/");
  });

  it("builds absolute addresses on it", () => {
    expect(absoluteUrl("/services/a?b=1", { APP_URL: "https://offer.example.gov.uk" })).toBe(
      "https://offer.example.gov.uk/services/a?b=1",
    );
  });
});

describe("pageMetadata", () => {
  it("gives a canonical address and Open Graph tags with the page's own title and summary", () => {
    expect(pageMetadata("/advice/ehcp", { title: "EHC plans", description: " What they are " })).toEqual({
      title: "EHC plans",
      description: "What they are",
      alternates: { canonical: "/advice/ehcp" },
      openGraph: {
        type: "website",
        siteName: "Seabourne Local Offer",
        locale: "en_GB",
        url: "/advice/ehcp",
        title: "EHC plans",
        description: "What they are",
      },
    });
  });

  it("leaves the description out when there is none, so the site's own is kept", () => {
    const meta = pageMetadata("/about", { title: "About", description: null });
    expect(meta).not.toHaveProperty("description");
    expect(meta.openGraph).not.toHaveProperty("description");
  });
});

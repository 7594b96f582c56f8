import { describe, expect, it } from "vitest";
import { firstSentences, htmlToLine, htmlToText, truncateText } from "./clean-text";

describe("htmlToText", () => {
  it("keeps paragraphs and bullets, decodes entities and drops tags, scripts and styles", () => {
    const html =
      "<p>Struggling with Drug &amp; Alcohol? We&#39;re here.&nbsp;</p>" +
      "<script>alert(1)</script><style>p{}</style>\n" +
      "      <ul><li>Free</li><li>Confidential &ndash; always</li></ul><p><strong>Call</strong> us<br>today</p>";
    expect(htmlToText(html)).toBe(
      "Struggling with Drug & Alcohol? We're here.\n\n- Free\n- Confidential – always\n\nCall us\ntoday",
    );
  });

  it("numbers a numbered list's items, so the page shows a numbered list", () => {
    expect(htmlToText("<p>To join:</p><ol><li>Ring us</li><li>Come along</li></ol><ul><li>Free</li></ul>")).toBe(
      "To join:\n\n1. Ring us\n2. Come along\n\n- Free",
    );
  });

  it("keeps a link's address unless the words already are the address", () => {
    expect(htmlToText('<a href="https://x.org/a">Book here</a> or <a href="https://x.org">https://x.org</a>')).toBe(
      "Book here (https://x.org/a) or https://x.org",
    );
    expect(htmlToText('<a href="javascript:alert(1)">Click</a>')).toBe("Click");
  });

  it("treats missing text as empty and squeezes names onto one line", () => {
    expect(htmlToText(null)).toBe("");
    expect(htmlToLine("<p>Art\n  Club</p>")).toBe("Art Club");
  });
});

describe("summaries", () => {
  it("takes whole first sentences up to the limit", () => {
    const text = "We run a club. It meets weekly. " + "Long words ".repeat(40);
    expect(firstSentences(text, 40)).toBe("We run a club. It meets weekly.");
  });

  it("never takes a list as the summary", () => {
    expect(firstSentences("1. Ring us\n2. Come\n\n- Free\n\nWe run a club.")).toBe("We run a club.");
  });

  it("cuts a first sentence that is too long at a word, with an ellipsis", () => {
    const s = firstSentences("word ".repeat(100), 50);
    expect(s.length).toBeLessThanOrEqual(50);
    expect(s.endsWith("word…")).toBe(true);
    expect(truncateText("short", 10)).toBe("short");
  });
});

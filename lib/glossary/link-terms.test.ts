import { describe, expect, it } from "vitest";
import { THESAURUS_SEED } from "@/lib/thesaurus/seed";
import { buildGlossary } from "./entries";
import { buildTermMatcher, createPageLinker, type TextPiece } from "./link-terms";

const matcher = buildTermMatcher(buildGlossary(THESAURUS_SEED));
/** The linked words of each text, as "word→id", for one page. */
const linksOn = (...texts: string[]) => {
  const link = createPageLinker(matcher);
  return texts.map((t) => link(t).flatMap((p) => (p.glossaryId ? [`${p.text}→${p.glossaryId}`] : [])));
};
const joined = (pieces: TextPiece[]) => pieces.map((p) => p.text).join("");

describe("createPageLinker", () => {
  it("links whole words only", () => {
    expect(linksOn("It is not a hot pot, nor autistic.")).toEqual([[]]);
    expect(linksOn("Help for autism, and for autistic children.")).toEqual([["autism→autism"]]);
    expect(linksOn("Mautism or autismo")).toEqual([[]]);
  });

  it("links abbreviations only when written in capitals", () => {
    expect(linksOn("Please add salt. Hi there, we ot to go. Senco and asd.")).toEqual([[]]);
    expect(linksOn("Ask the SENCO about ASD and OT.")).toEqual([
      ["SENCO→senco", "ASD→autism", "OT→occupational-therapy"],
    ]);
    expect(linksOn("Children with ADD.")).toEqual([["ADD→adhd"]]);
    // "ADDS" shouted is not "ADD" with a plural.
    expect(linksOn("CLICK ADDS HERE")).toEqual([[]]);
  });

  it("accepts mixed-case abbreviations and a plural s", () => {
    expect(linksOn("Your SENCo can help.")).toEqual([["SENCo→senco"]]);
    expect(linksOn("We review EHCPs every year.")).toEqual([["EHCPs→ehcp"]]);
    expect(linksOn("Speech and language therapists visit.")).toEqual([
      ["Speech and language therapists→speech-and-language-therapy"],
    ]);
  });

  it("links each entry once per page, at its first use, across every text given", () => {
    expect(linksOn("Autism support. More autism.", "ASD again", "ADHD here", "ADHD there")).toEqual([
      ["Autism→autism"],
      [],
      ["ADHD→adhd"],
      [],
    ]);
  });

  it("links a term through any of its names, only the first of them", () => {
    expect(linksOn("An EHC plan (EHCP) says what help your child gets.")).toEqual([["EHC plan→ehcp"]]);
  });

  it("prefers the longest name where names overlap", () => {
    expect(linksOn("Autism spectrum disorder is also called autism.")).toEqual([["Autism spectrum disorder→autism"]]);
    expect(linksOn("Speech and language therapy")).toEqual([
      ["Speech and language therapy→speech-and-language-therapy"],
    ]);
    // The longer name claims its words even when its entry is already linked.
    expect(linksOn("PMLD.", "Profound and multiple learning disabilities")).toEqual([
      ["PMLD→profound-and-multiple-learning-disabilities"],
      [],
    ]);
  });

  it("copes with punctuation, apostrophes and line breaks", () => {
    expect(linksOn("(ASD), “ADHD”; the SENCO's room")).toEqual([["ASD→autism", "ADHD→adhd", "SENCO→senco"]]);
    expect(linksOn("An Education, Health and\nCare plan")).toEqual([["Education, Health and\nCare plan→ehcp"]]);
    expect(linksOn("ADHD-friendly sessions")).toEqual([["ADHD→adhd"]]);
    expect(linksOn("Drop-in on Mondays")).toEqual([["Drop-in→drop-in"]]);
  });

  it("does not link everyday terms, but does link their abbreviations", () => {
    expect(linksOn("Sleep, a job, mental health, benefits and a wheelchair.")).toEqual([[]]);
    expect(linksOn("Help to claim PIP.")).toEqual([["PIP→benefits"]]);
  });

  it("keeps the text exactly, split into plain and linked pieces", () => {
    const link = createPageLinker(matcher);
    const text = "Ask your SENCO, then call SENDIASS.";
    const pieces = link(text);
    expect(joined(pieces)).toBe(text);
    expect(pieces).toEqual([
      { text: "Ask your " },
      { text: "SENCO", glossaryId: "senco" },
      { text: ", then call " },
      { text: "SENDIASS", glossaryId: "sendiass" },
      { text: "." },
    ]);
    expect(link("")).toEqual([{ text: "" }]);
  });

  it("treats names typed by officers as text, never as patterns", () => {
    const odd = buildTermMatcher(
      buildGlossary([{ term: "c++ (plus)", synonyms: [".*"], explanation: "A test (.*) entry." }]),
    );
    expect(createPageLinker(odd)("we use C++ (plus) here; .* stays")).toEqual([
      { text: "we use " },
      { text: "C++ (plus)", glossaryId: "c-plus" },
      { text: " here; .* stays" },
    ]);
  });
});

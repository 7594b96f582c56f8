// Words other directories use for audiences, taxonomy terms and kinds of service, mapped to our
// needs and categories. Only clear matches map; everything else is kept as a tag so nothing in
// the source is lost and an officer can map it by hand.

// Each rule: a pattern tested against a tag or term name (lower case), and the code it maps to.
const NEED_RULES: [RegExp, string][] = [
  [/autis|asperger|\basd\b|\basc\b/, "autism"],
  [/\badhd\b|\badd\b|attention deficit/, "adhd"],
  [/mental health|anxiety|depress|emotional|\bsemh\b|wellbeing/, "semh"],
  [/speech|language|communication|\bslcn\b/, "speech-language"],
  [/\bdeaf|hearing/, "hearing"],
  [/visual|visually|\bblind|sight/, "vision"],
  [/wheelchair|physical disab|mobility/, "physical"],
  [/learning disab|learning difficult|dyslexi|\bsld\b|\bmld\b/, "learning-disability"],
  [/long term health|complex|medical|life.limiting|\bpmld\b|epilep|diabet/, "complex-medical"],
  [/sensory processing/, "sensory"],
];

const CATEGORY_RULES: [RegExp, string][] = [
  [/education|school|nursery|college|tuition|\bsen\b|training/, "education"],
  [/health|therap|nhs|clinic|medical|physio/, "health"],
  [/short break|social care|respite|carer|personal care|direct payment/, "social-care"],
  [/physical activity|social activity|leisure|sport|club|play|arts?\b|music|swim|youth|community asset/, "leisure"],
  [/employment|unemploy|job|volunteer|independent living|care leaver|student|adulthood|housing/, "adulthood"],
  [/advice|information|guidance|support|helpline|peer group|befriend|counsel/, "advice"],
];

const matches = (rules: [RegExp, string][], words: string) =>
  rules.filter(([re]) => re.test(words)).map(([, code]) => code);

export type VocabularyMatch = { needs: string[]; categories: string[]; unmapped: string[] };

/**
 * Maps tags (audiences, taxonomy terms, kinds of service) to need and category codes.
 * A tag that maps to nothing stays in `unmapped`, to be kept on the listing as a tag.
 */
export function mapTags(tags: string[]): VocabularyMatch {
  const needs = new Set<string>();
  const categories = new Set<string>();
  const unmapped: string[] = [];
  for (const tag of tags) {
    const words = tag.toLowerCase();
    const n = matches(NEED_RULES, words);
    const c = matches(CATEGORY_RULES, words);
    n.forEach((x) => needs.add(x));
    c.forEach((x) => categories.add(x));
    if (!n.length && !c.length) unmapped.push(tag);
  }
  return { needs: [...needs], categories: [...categories], unmapped };
}

// Organisation kinds by name, so imported providers are grouped sensibly; the default is community.
export function guessOrganisationKind(
  name: string,
): "council" | "nhs" | "school" | "charity" | "private" | "community" {
  const n = name.toLowerCase();
  if (/\bcouncil\b|\blibrar|family hub/.test(n)) return "council";
  if (/\bnhs\b|hospital|foundation trust|\bccg\b|\bicb\b|surgery|medical practice/.test(n)) return "nhs";
  if (/school|academy|college|nursery|university/.test(n)) return "school";
  if (/\bltd\b|limited|\bplc\b/.test(n)) return "private";
  if (/charity|trust\b|society|foundation|association/.test(n)) return "charity";
  return "community";
}

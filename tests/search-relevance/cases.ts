// How parents, young people and officers actually search, and the Seabourne demo services
// (prisma/seed/demo-data.ts) a person would expect to see near the top. Every case must pass on
// both engines. `top` is how far down the expected services may be; `absent` must not appear at all.
export type RelevanceCase = { query: string; expect: string[]; top: 5 | 10; absent?: string[]; note?: string };

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Canonical words
  {
    query: "autism",
    top: 10,
    expect: ["the-anchor-autism-resource-base", "tide-turners-autism-helpline", "understanding-autism-parent-course"],
  },
  { query: "dyslexia", top: 5, expect: ["dyslexia-assessment-and-tuition", "dyslexia-friendly-homework-club"] },
  { query: "speech and language therapy", top: 5, expect: ["childrens-speech-and-language-therapy"] },
  {
    query: "occupational therapy",
    top: 5,
    expect: ["childrens-occupational-therapy", "sandcastle-private-occupational-therapy"],
  },
  { query: "short breaks", top: 5, expect: ["short-breaks-local-offer"] },
  {
    query: "deaf",
    top: 10,
    expect: [
      "sensory-support-service-deaf-children",
      "deaf-youth-club-and-family-days",
      "childrens-hearing-service-audiology",
    ],
  },
  { query: "swimming", top: 5, expect: ["splash-inclusive-swimming"] },
  { query: "independent living", top: 5, expect: ["independent-living-skills-project"] },
  { query: "direct payments", top: 5, expect: ["direct-payments-for-disabled-children"] },
  { query: "cochlear implant", top: 5, expect: ["northgate-cochlear-implant-programme"] },
  { query: "young carers", top: 5, expect: ["young-carers-service"] },
  { query: "trampolining", top: 5, expect: ["inclusive-trampolining"] },
  { query: "work experience", top: 5, expect: ["driftwood-cafe-work-experience"] },
  { query: "cinema", top: 5, expect: ["autism-friendly-relaxed-cinema-screenings"] },
  { query: "sleep", top: 5, expect: ["childrens-sleep-service"] },

  // Misspellings
  { query: "autisum", top: 10, expect: ["tide-turners-autism-helpline", "understanding-autism-parent-course"] },
  { query: "dyslexsia", top: 5, expect: ["dyslexia-assessment-and-tuition", "dyslexia-friendly-homework-club"] },
  { query: "wheelchiar", top: 5, expect: ["childrens-wheelchair-service", "beach-wheelchair-hire-pennock-sands"] },
  { query: "speach and langauge", top: 5, expect: ["childrens-speech-and-language-therapy"] },
  { query: "physiotheraphy", top: 5, expect: ["childrens-physiotherapy"] },
  { query: "trampolineing", top: 5, expect: ["inclusive-trampolining"] },
  { query: "cahms", top: 5, expect: ["seabourne-camhs"] },

  // Jargon and acronyms
  { query: "SALT drop in", top: 5, expect: ["chatterbox-speech-and-language-drop-in"] },
  { query: "SALT", top: 5, expect: ["childrens-speech-and-language-therapy"] },
  { query: "EHCP", top: 5, expect: ["ehcp-assessment-team"] },
  { query: "EHC plan", top: 5, expect: ["ehcp-assessment-team"] },
  { query: "education, health and care plan", top: 5, expect: ["ehcp-assessment-team"] },
  { query: "respite", top: 10, expect: ["short-breaks-local-offer", "bright-tide-home-support-and-sitting"] },
  { query: "CAMHS", top: 5, expect: ["seabourne-camhs"] },
  { query: "OT", top: 5, expect: ["childrens-occupational-therapy"] },
  { query: "HI", top: 10, expect: ["sensory-support-service-deaf-children", "childrens-hearing-service-audiology"] },
  {
    query: "hearing impaired",
    top: 10,
    expect: ["sensory-support-service-deaf-children", "childrens-hearing-service-audiology"],
  },
  { query: "VI", top: 5, expect: ["sensory-support-service-vision"] },
  { query: "SENDCo", top: 5, expect: ["ask-a-senco-drop-in"] },
  {
    query: "ADD",
    top: 10,
    expect: ["understanding-adhd-parent-course", "neurodevelopmental-pathway-autism-adhd-assessment"],
  },
  { query: "ASC", top: 10, expect: ["tide-turners-autism-helpline", "understanding-autism-parent-course"] },
  { query: "Asperger's", top: 10, expect: ["tide-turners-autism-helpline"] },
  { query: "PMLD", top: 5, expect: ["southcliffe-bay-school"] },
  { query: "LD nurse", top: 5, expect: ["learning-disability-nursing-team-for-children"] },
  { query: "PfA transition", top: 10, expect: ["transition-team-14-to-25"] },
  { query: "DLA", top: 5, expect: ["disability-benefits-advice"] },
  { query: "PIP", top: 5, expect: ["disability-benefits-advice"] },
  { query: "BSL", top: 5, expect: ["family-sign-language-classes", "deaf-youth-club-and-family-days"] },
  { query: "physio", top: 5, expect: ["childrens-physiotherapy"] },
  {
    query: "sensory processing",
    top: 10,
    expect: ["sandcastle-private-occupational-therapy", "rockpool-sensory-room"],
  },

  // Parents' sentences
  { query: "my son has asd and cant sleep", top: 5, expect: ["childrens-sleep-service"] },
  { query: "adhd assessment for my daughter", top: 5, expect: ["neurodevelopmental-pathway-autism-adhd-assessment"] },
  { query: "help with bedwetting", top: 5, expect: ["childrens-bladder-and-bowel-service"] },
  { query: "potty training my autistic son", top: 5, expect: ["childrens-bladder-and-bowel-service"] },
  { query: "I need a break from caring", top: 10, expect: ["short-breaks-local-offer"] },
  { query: "appeal against the council about school", top: 5, expect: ["seabourne-sendiass"] },
  { query: "money help disabled child", top: 10, expect: ["disability-benefits-advice"] },
  { query: "my child is in a wheelchair", top: 10, expect: ["childrens-wheelchair-service"] },
  { query: "sensory room near FY8", top: 5, expect: ["rockpool-sensory-room"] },
  { query: "short breaks for my 3 year old", top: 5, expect: ["short-breaks-local-offer"] },

  // Young people's words
  { query: "help getting a job autism", top: 5, expect: ["step-forward-job-coaching", "supported-internships"] },
  { query: "im 15 and always anxious", top: 5, expect: ["calm-minds-anxiety-support"] },
  { query: "anxious", top: 5, expect: ["calm-minds-anxiety-support"] },
  { query: "feeling anxious in busy places", top: 5, expect: ["chill-out-youth-club"] },
  { query: "making friends", top: 5, expect: ["friends-together-social-group", "teen-connect-autism-social-group"] },
  { query: "feel lonely", top: 10, expect: ["friends-together-social-group", "mindspace-online-and-text-support"] },
  { query: "want to live on my own", top: 5, expect: ["independent-living-skills-project"] },
  { query: "learn to get the bus", top: 5, expect: ["independent-travel-training"] },
  { query: "apprenticeship", top: 5, expect: ["step-forward-job-coaching"] },
  { query: "youth club for my 14 year old", top: 5, expect: ["friday-night-youth-club", "chill-out-youth-club"] },
  { query: "self harm", top: 5, expect: ["crisis-line-for-children-and-young-people", "seabourne-camhs"] },
  { query: "i look after my mum", top: 5, expect: ["young-carers-service"] },
  { query: "autistic teenager friends", top: 5, expect: ["teen-connect-autism-social-group"] },
  { query: "college 16-25", top: 10, expect: ["seabourne-college-foundation-learning"] },

  // Closed-for-good and paused listings never show
  { query: "drama club", top: 10, expect: [], absent: ["saturday-drama-club"] },
  { query: "stay and play marsh end", top: 10, expect: [], absent: ["marsh-end-additional-needs-stay-and-play"] },
];

/**
 * Searches whose answer is an advice page (prisma/seed/advice): `first` must be the first page under
 * "Information and advice" on both engines.
 */
export type AdviceRelevanceCase = { query: string; first: string };

export const ADVICE_RELEVANCE_CASES: AdviceRelevanceCase[] = [
  { query: "complaint", first: "complaints-mediation-and-tribunal" },
  { query: "how do i complain about my sons school", first: "complaints-mediation-and-tribunal" },
  { query: "tribunal", first: "complaints-mediation-and-tribunal" },
  { query: "appeal", first: "complaints-mediation-and-tribunal" },
  // Many pages mention EHC plans in passing; which of them come second and third is a tie.
  { query: "ehcp", first: "ehc-plans-and-annual-reviews" },
  { query: "EHC plan", first: "ehc-plans-and-annual-reviews" },
  { query: "ask for an ehc needs assessment", first: "asking-for-an-ehc-needs-assessment" },
  { query: "transport to college", first: "travel-to-school-or-college" },
  { query: "school transport", first: "travel-to-school-or-college" },
  { query: "tribunl", first: "complaints-mediation-and-tribunal" },
  { query: "direct payments", first: "personal-budgets-and-direct-payments" },
  { query: "respite", first: "short-breaks" },
];

// The starting vocabulary of the directory. Seeded into Taxonomy/TaxonomyTerm so officers can
// change it later; code keeps only the codes that behaviour depends on (age ranges, areas).
export type TermSeed = { code: string; name: string; description: string; parent?: string };

export const CATEGORY_TERMS: TermSeed[] = [
  {
    code: "education",
    name: "Education and learning",
    description: "Nurseries, schools, colleges and the support inside them.",
  },
  {
    code: "health",
    name: "Health and therapy",
    description: "NHS and other health services, therapies and assessments.",
  },
  {
    code: "social-care",
    name: "Social care and short breaks",
    description: "Help at home, short breaks, direct payments and support for carers.",
  },
  {
    code: "leisure",
    name: "Things to do",
    description: "Clubs, sport, play and days out that welcome disabled children and young people.",
  },
  {
    code: "adulthood",
    name: "Preparing for adulthood",
    description: "Work, independent living, friends and health as young people grow up.",
  },
  {
    code: "advice",
    name: "Advice and support",
    description: "Information, advice, helplines and groups for families.",
  },
];

export const NEED_TERMS: TermSeed[] = [
  { code: "autism", name: "Autism", description: "Autistic children and young people, with or without a diagnosis." },
  { code: "adhd", name: "ADHD", description: "Attention deficit hyperactivity disorder and attention difficulties." },
  {
    code: "semh",
    name: "Social, emotional and mental health",
    description: "Anxiety, low mood, behaviour that challenges and other mental health needs.",
  },
  {
    code: "speech-language",
    name: "Speech, language and communication",
    description: "Difficulty talking, understanding or being understood.",
  },
  {
    code: "hearing",
    name: "Deaf or hearing loss",
    description: "Deaf children and young people and those with some hearing loss.",
  },
  {
    code: "vision",
    name: "Blind or visual impairment",
    description: "Blind or partially sighted children and young people.",
  },
  {
    code: "physical",
    name: "Physical disability",
    description: "Mobility, wheelchair users and other physical needs.",
  },
  {
    code: "learning-disability",
    name: "Learning disability",
    description: "Learning disabilities and specific learning difficulties such as dyslexia.",
  },
  {
    code: "complex-medical",
    name: "Complex medical needs",
    description: "Long-term conditions and complex health needs, including PMLD.",
  },
  {
    code: "sensory",
    name: "Sensory processing",
    description: "Children who are over- or under-sensitive to noise, light, touch or movement.",
  },
];

// Age groups are terms for browsing; the filter itself overlaps these ranges with each
// service's minimum and maximum age, so a service for 4-8 year olds shows in two groups.
export const AGE_GROUP_TERMS: (TermSeed & { min: number; max: number })[] = [
  {
    code: "early-years",
    name: "Early years (0 to 4)",
    description: "Babies, toddlers and pre-school children.",
    min: 0,
    max: 4,
  },
  {
    code: "primary",
    name: "Primary school (5 to 11)",
    description: "Children of primary school age.",
    min: 5,
    max: 11,
  },
  {
    code: "secondary",
    name: "Secondary school (11 to 16)",
    description: "Young people of secondary school age.",
    min: 11,
    max: 16,
  },
  {
    code: "young-adults",
    name: "Young adults (16 to 25)",
    description: "Young people preparing for adult life.",
    min: 16,
    max: 25,
  },
];

export const AREA_TERMS: TermSeed[] = [
  { code: "north", name: "North Seabourne", description: "Thornby, Marsh End and the villages north of the estuary." },
  { code: "central", name: "Central Seabourne", description: "Seabourne town centre, the promenade and Hollins Park." },
  { code: "south", name: "South Seabourne", description: "Southcliffe, Pennock Sands and the southern villages." },
  { code: "whole", name: "The whole borough", description: "Available to families anywhere in Seabourne." },
  {
    code: "out_of_area",
    name: "Outside Seabourne",
    description: "Services outside the borough that Seabourne families use.",
  },
];

export const TAXONOMIES = [
  { code: "categories", name: "Categories", description: "The kind of help a service gives.", terms: CATEGORY_TERMS },
  {
    code: "needs",
    name: "SEND needs",
    description: "The special educational needs and disabilities a service supports.",
    terms: NEED_TERMS,
  },
  { code: "age-groups", name: "Age groups", description: "Life stages from birth to 25.", terms: AGE_GROUP_TERMS },
  { code: "areas", name: "Areas", description: "Parts of the borough a service covers.", terms: AREA_TERMS },
] as const;

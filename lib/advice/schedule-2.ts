// Schedule 2 of the Special Educational Needs and Disability Regulations 2014 (regulation 53): what a
// local offer must publish, one plain line per paragraph, for the officers' coverage page
// (/admin/coverage). `checked` says whether the line was compared with the stored text of the
// Schedule (legislation.gov.uk/uksi/2014/1530/schedule/2/made) when it was written; the others follow
// the SEND Code of Practice 0–25 (2015) chapter 4's list and must be checked against the Schedule.
// `categories` are the listing categories (lib/taxonomy/vocabulary.ts) whose published listings
// answer the paragraph: a provider's listing is the provision itself, while duties about the council's
// own arrangements (assessment, complaints, the tribunal) are answered only by advice pages.
export type Schedule2Paragraph = {
  number: number;
  summary: string;
  categories: string[];
  checked: boolean;
};

export const SCHEDULE_2: Schedule2Paragraph[] = [
  {
    number: 1,
    summary:
      "Special educational and training provision the council expects in its area: early years, schools, academies, special schools, colleges and services it pays for.",
    categories: ["education"],
    checked: true,
  },
  {
    number: 2,
    summary: "Special educational and training provision the council expects outside its area for its children.",
    categories: ["education"],
    checked: true,
  },
  {
    number: 3,
    summary:
      "Within that: support in mainstream schools and colleges, in special schools and colleges, what the council pays for, and how funding works.",
    categories: ["education"],
    checked: true,
  },
  {
    number: 4,
    summary: "How special educational needs are found and assessed, and how to ask for an EHC needs assessment.",
    categories: [],
    checked: false,
  },
  {
    number: 5,
    summary:
      "How schools and colleges teach, adapt the curriculum, check progress, give extra help, build staff skills and support wellbeing.",
    categories: ["education"],
    checked: true,
  },
  {
    number: 6,
    summary: "Health provision for children and young people with SEND, including help with medical needs.",
    categories: ["health"],
    checked: false,
  },
  {
    number: 7,
    summary: "Social care provision, including short breaks and support for families and carers.",
    categories: ["social-care"],
    checked: false,
  },
  {
    number: 8,
    summary: "Other educational provision outside school or college, such as sport, arts and music.",
    categories: ["leisure"],
    checked: false,
  },
  {
    number: 9,
    summary: "Training after 16: courses, apprenticeships, traineeships and supported internships.",
    categories: ["adulthood"],
    checked: false,
  },
  {
    number: 10,
    summary:
      "Travel to and from school, college and early years settings, including help with costs and travel training.",
    categories: [],
    checked: false,
  },
  {
    number: 11,
    summary: "Preparing for adulthood: finding work, somewhere to live, independent living and taking part in society.",
    categories: ["adulthood"],
    checked: false,
  },
  {
    number: 12,
    summary: "Moving from children's to adult services, and support for young people in higher education.",
    categories: ["adulthood"],
    checked: false,
  },
  {
    number: 13,
    summary: "Childcare for disabled children and children with special educational needs.",
    categories: [],
    checked: false,
  },
  {
    number: 14,
    summary: "Leisure activities: clubs, play, sport and things to do.",
    categories: ["leisure"],
    checked: false,
  },
  {
    number: 15,
    summary:
      "Where families and young people get information, advice and support, such as SENDIASS and the parent carer forum.",
    categories: ["advice"],
    checked: true,
  },
  {
    number: 16,
    summary: "How disagreements are settled: disagreement resolution and mediation.",
    categories: [],
    checked: false,
  },
  {
    number: 17,
    summary: "How to complain about provision or services in the local offer.",
    categories: [],
    checked: true,
  },
  {
    number: 18,
    summary: "The right to appeal to the First-tier Tribunal (SEND) about EHC needs assessments and plans.",
    categories: [],
    checked: false,
  },
];

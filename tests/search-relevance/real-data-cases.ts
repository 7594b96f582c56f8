// The real-data suite's concepts: what a family types, three ways, and the rule for which of North
// Lincolnshire's own services are relevant.
//
// The rule (ground truth from the records' own text, not from either engine): a service is relevant to
// a concept when its name, summary, description, who-it-is-for or tags (the feed's audience tags, e.g.
// "Dementia", "Bereaved") contain one of the concept's defining words as a whole word, case ignored.
// The defining words list each word form the records use ("bereaved", "bereavement"), so a search that
// finds only the form it was given scores below 1.
//
// Each concept is asked three ways: the plain word; a misspelling (one dropped, doubled, swapped or wrong
// letter); and another form (plural or singular, -ing, a compound written as one word or two, or an extra
// generic word such as "support", "help" or "services").
export type RealDataConcept = {
  concept: string;
  /** Whole words (regular-expression source, no flags) that make a service relevant. */
  defining: string;
  plain: string;
  misspelt: string;
  /** Another form: what it is, after the query. */
  other: string;
  otherKind: string;
};

export const REAL_DATA_CONCEPTS: RealDataConcept[] = [
  {
    concept: "dementia",
    defining: "dementia",
    plain: "dementia",
    misspelt: "demetia",
    other: "dementia support",
    otherKind: "generic word",
  },
  {
    concept: "bereavement",
    defining: "bereaved|bereavement|bereavements|grief|grieving",
    plain: "bereavement",
    misspelt: "bereavment",
    other: "bereaved",
    otherKind: "word form",
  },
  {
    concept: "carers",
    defining: "carers?|carer's|carers'",
    plain: "carers",
    misspelt: "carrers",
    other: "carer's",
    otherKind: "possessive",
  },
  {
    concept: "mental health",
    defining: "mental health",
    plain: "mental health",
    misspelt: "mentall health",
    other: "mental health services",
    otherKind: "generic word",
  },
  {
    concept: "wellbeing",
    defining: "wellbeing|well-being|well being",
    plain: "wellbeing",
    misspelt: "welbeing",
    other: "well being",
    otherKind: "two words",
  },
  {
    concept: "loneliness",
    defining: "lonely|loneliness|isolated|isolation|befriending",
    plain: "loneliness",
    misspelt: "lonliness",
    other: "lonely",
    otherKind: "-ness dropped",
  },
  {
    concept: "alcohol",
    defining: "alcohol|alcoholic|alcoholism",
    plain: "alcohol",
    misspelt: "alchohol",
    other: "alcohol help",
    otherKind: "generic word",
  },
  {
    concept: "exercise",
    defining: "exercise|exercises|exercising",
    plain: "exercise",
    misspelt: "exersise",
    other: "exercises",
    otherKind: "plural",
  },
  {
    concept: "walking",
    defining: "walk|walks|walking|walkers?",
    plain: "walking",
    misspelt: "wlaking",
    other: "walks",
    otherKind: "word form",
  },
  {
    concept: "football",
    defining: "football|footballers?|foot ball",
    plain: "football",
    misspelt: "footbal",
    other: "foot ball",
    otherKind: "two words",
  },
  {
    concept: "swimming",
    defining: "swim|swims|swimming|swimmers?",
    plain: "swimming",
    misspelt: "swiming",
    other: "swim",
    otherKind: "word form",
  },
  {
    concept: "volunteering",
    defining: "volunteers?|volunteering|volunteered",
    plain: "volunteering",
    misspelt: "volunterring",
    other: "volunteers",
    otherKind: "word form",
  },
  {
    concept: "counselling",
    defining: "counselling|counseling|counsellors?|counselors?",
    plain: "counselling",
    misspelt: "councelling",
    other: "counselling service",
    otherKind: "generic word",
  },
  {
    concept: "babies",
    defining: "baby|babies|baby's",
    plain: "baby",
    misspelt: "babby",
    other: "babies",
    otherKind: "plural",
  },
  {
    concept: "breastfeeding",
    defining: "breastfeeding|breastfeed|breast feeding|breast-feeding",
    plain: "breastfeeding",
    misspelt: "breastfeding",
    other: "breast feeding",
    otherKind: "two words",
  },
  {
    concept: "dance",
    defining: "dance|dances|dancing|dancers?",
    plain: "dance",
    misspelt: "dnace",
    other: "dancing",
    otherKind: "word form",
  },
  {
    concept: "singing",
    defining: "sing|sings|singing|singers?|choirs?",
    plain: "singing",
    misspelt: "singng",
    other: "sing",
    otherKind: "word form",
  },
  {
    concept: "knitting",
    defining: "knit|knits|knitting|knitters?",
    plain: "knitting",
    misspelt: "kniting",
    other: "knit",
    otherKind: "word form",
  },
  {
    concept: "anxiety",
    defining: "anxiety|anxieties|anxious",
    plain: "anxiety",
    misspelt: "anxeity",
    other: "anxiety help",
    otherKind: "generic word",
  },
  {
    concept: "wheelchair",
    defining: "wheelchairs?|wheel chairs?",
    plain: "wheelchair",
    misspelt: "wheelchiar",
    other: "wheel chair",
    otherKind: "two words",
  },
  {
    concept: "library",
    defining: "library|libraries|library's",
    plain: "library",
    misspelt: "libary",
    other: "libraries",
    otherKind: "plural",
  },
  {
    concept: "holidays",
    defining: "holiday|holidays",
    plain: "holiday",
    misspelt: "holliday",
    other: "holidays",
    otherKind: "plural",
  },
];

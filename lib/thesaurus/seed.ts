// The words families and young people use, mapped to the words services use. Seeded into
// ThesaurusEntry (so officers can edit it later and the jargon buster can reuse the
// explanations); search reads the table and falls back to this list when it is empty.
// `term` is what a match is normalised to on both sides (query and listing), so it must be
// words that listings actually contain.
export type ThesaurusEntry = { term: string; synonyms: string[]; explanation: string };

export const THESAURUS_SEED: ThesaurusEntry[] = [
  {
    term: "autism",
    synonyms: [
      "asd",
      "asc",
      "autistic",
      "aspergers",
      "asperger's",
      "asperger",
      "autistic spectrum",
      "autism spectrum disorder",
      "autism spectrum condition",
      "on the spectrum",
    ],
    explanation:
      "Autism (also called autism spectrum condition, ASC, or autism spectrum disorder, ASD) affects how a person communicates, and how they experience the world around them. Asperger's syndrome is an older name for one kind of autism.",
  },
  {
    term: "adhd",
    synonyms: [
      "add",
      "attention deficit",
      "attention deficit hyperactivity disorder",
      "hyperactive",
      "hyperactivity",
      "cant concentrate",
      "can't concentrate",
      "cant focus",
      "can't focus",
    ],
    explanation:
      "ADHD (attention deficit hyperactivity disorder) makes it harder to concentrate, sit still or wait. ADD is an older name for ADHD without hyperactivity.",
  },
  {
    term: "mental health",
    synonyms: [
      "semh",
      "social emotional and mental health",
      "emotional wellbeing",
      "emotional health",
      "wellbeing",
      "well-being",
      "low mood",
      "depressed",
      "depression",
      "feeling down",
      "feel down",
      "sad all the time",
    ],
    explanation:
      "SEMH means social, emotional and mental health: needs such as anxiety, low mood, or behaviour that shows a child is struggling.",
  },
  {
    term: "anxiety",
    synonyms: [
      "anxious",
      "worried",
      "worries",
      "panic",
      "panic attacks",
      "nervous",
      "stressed",
      "scared to go out",
      "school refusal",
      "emotionally based school avoidance",
      "ebsa",
    ],
    explanation:
      "Anxiety is feeling worried, scared or panicky a lot of the time, enough to get in the way of school, friends or everyday life.",
  },
  {
    term: "speech and language therapy",
    synonyms: [
      "salt",
      "slt",
      "speech therapy",
      "speech therapist",
      "speech and language therapist",
      "language therapy",
      "not talking",
      "late talker",
      "wont talk",
      "won't talk",
      "stammer",
      "stutter",
    ],
    explanation:
      "Speech and language therapy (sometimes called SALT or SLT) helps children who find it hard to talk, understand, be understood, or eat and drink safely.",
  },
  {
    term: "occupational therapy",
    synonyms: ["ot", "occupational therapist", "occ therapy"],
    explanation:
      "Occupational therapy (OT) helps children manage everyday tasks such as dressing, eating, writing and play, and advises on equipment and sensory needs.",
  },
  {
    term: "camhs",
    synonyms: [
      "cahms",
      "camhs",
      "child and adolescent mental health services",
      "children and young people's mental health service",
      "cypmhs",
    ],
    explanation:
      "CAMHS are the NHS child and adolescent mental health services: they help children and young people with their emotional and mental health.",
  },
  {
    term: "ehcp",
    synonyms: [
      "ehc plan",
      "education health and care plan",
      "education, health and care plan",
      "statement of special educational needs",
      "ehc needs assessment",
      "ehcna",
    ],
    explanation:
      "An Education, Health and Care plan (EHCP or EHC plan) is a legal document describing a child or young person's special educational needs and the help they must get. It replaced statements.",
  },
  {
    term: "short breaks",
    synonyms: ["respite", "respite care", "a break from caring", "break from caring", "short break"],
    explanation:
      "Short breaks (sometimes called respite) give disabled children and young people time away doing something they enjoy, and give their parents and carers a rest.",
  },
  {
    term: "deaf",
    synonyms: [
      "hi",
      "hearing impaired",
      "hearing impairment",
      "hearing loss",
      "hard of hearing",
      "cant hear",
      "can't hear",
      "deafness",
      "bsl",
      "sign language",
    ],
    explanation:
      "Deaf describes children and young people with any level of hearing loss. HI means hearing impairment. BSL is British Sign Language.",
  },
  {
    term: "visual impairment",
    synonyms: [
      "vi",
      "visually impaired",
      "vision impairment",
      "sight loss",
      "partially sighted",
      "blind",
      "cant see",
      "can't see",
      "poor eyesight",
    ],
    explanation:
      "Visual impairment (VI) means sight loss that glasses cannot fully correct, from partial sight to blindness.",
  },
  {
    term: "preparing for adulthood",
    synonyms: [
      "pfa",
      "transition to adulthood",
      "transition",
      "moving to adult services",
      "growing up",
      "leaving school",
      "after year 11",
    ],
    explanation:
      "Preparing for adulthood (PfA) is the support from Year 9 onwards that helps young people with SEND plan for work, independent living, friends and good health as adults.",
  },
  {
    term: "senco",
    synonyms: [
      "sendco",
      "senco's",
      "special educational needs coordinator",
      "special educational needs co-ordinator",
      "senco teacher",
    ],
    explanation:
      "A SENCO (or SENDCo) is the teacher in a nursery, school or college who coordinates support for children with special educational needs.",
  },
  {
    term: "learning disability",
    synonyms: [
      "ld",
      "learning disabilities",
      "learning difficulty",
      "learning difficulties",
      "mld",
      "global developmental delay",
      "gdd",
      "slow learner",
    ],
    explanation:
      "A learning disability affects how someone learns, understands and communicates for their whole life. It is different from a specific learning difficulty such as dyslexia.",
  },
  {
    term: "dyslexia",
    synonyms: [
      "dyslexic",
      "spld",
      "specific learning difficulty",
      "trouble reading",
      "struggles with reading",
      "struggling with reading",
      "cant read",
      "can't read",
    ],
    explanation: "Dyslexia is a specific learning difficulty (SpLD) that mainly affects reading, spelling and writing.",
  },
  {
    term: "profound and multiple learning disabilities",
    synonyms: [
      "pmld",
      "profound and multiple learning disability",
      "profound learning disabilities",
      "severe learning disabilities",
      "sld",
    ],
    explanation:
      "PMLD means profound and multiple learning disabilities: a severe learning disability together with other disabilities, often complex health needs.",
  },
  {
    term: "complex medical needs",
    synonyms: [
      "complex needs",
      "life limiting",
      "life-limiting",
      "medically complex",
      "tube fed",
      "tube feeding",
      "long term condition",
      "long-term condition",
    ],
    explanation:
      "Complex medical needs are long-term health conditions that need a lot of care, at home, at school and in hospital.",
  },
  {
    term: "sensory",
    synonyms: [
      "sensory processing",
      "sensory processing disorder",
      "spd",
      "sensory needs",
      "sensory issues",
      "sensory overload",
      "hates loud noises",
      "noise sensitive",
      "overwhelmed",
    ],
    explanation:
      "Sensory processing needs mean a child is over- or under-sensitive to noise, light, touch, taste or movement, which can make everyday places hard.",
  },
  {
    term: "wheelchair",
    synonyms: [
      "wheelchair user",
      "wheelchairs",
      "wheel chair",
      "mobility",
      "mobility problems",
      "cant walk",
      "can't walk",
      "physical disability",
      "cerebral palsy",
      "cp",
    ],
    explanation: "Wheelchair users and other children and young people with mobility needs or a physical disability.",
  },
  {
    term: "sleep",
    synonyms: [
      "cant sleep",
      "can't sleep",
      "wont sleep",
      "won't sleep",
      "not sleeping",
      "doesnt sleep",
      "doesn't sleep",
      "sleeping",
      "sleep problems",
      "insomnia",
      "bedtime",
      "wakes at night",
      "up all night",
    ],
    explanation:
      "Help for children and young people who find it hard to get to sleep or stay asleep, and for their tired families.",
  },
  {
    term: "job",
    synonyms: [
      "getting a job",
      "get a job",
      "find a job",
      "finding a job",
      "jobs",
      "employment",
      "paid work",
      "apprenticeship",
      "apprenticeships",
      "supported internship",
      "internship",
      "career",
      "careers",
    ],
    explanation:
      "Support for young people with SEND who want to work: job coaching, supported internships, apprenticeships and work experience.",
  },
  {
    term: "make friends",
    synonyms: [
      "making friends",
      "no friends",
      "lonely",
      "loneliness",
      "feel lonely",
      "feeling lonely",
      "fit in",
      "fitting in",
      "hang out",
      "meet people",
      "social group",
      "socialising",
      "socializing",
    ],
    explanation: "Groups and clubs where children and young people can meet others, make friends and feel less lonely.",
  },
  {
    term: "independent living",
    synonyms: [
      "live independently",
      "living independently",
      "living on my own",
      "live on my own",
      "moving out",
      "move out",
      "own flat",
      "life skills",
      "cooking and budgeting",
    ],
    explanation:
      "Learning the skills to live as independently as possible: cooking, money, travel and looking after a home.",
  },
  {
    term: "travel training",
    synonyms: [
      "travel on my own",
      "get the bus",
      "getting the bus",
      "use the bus",
      "travel independently",
      "independent travel",
    ],
    explanation: "Travel training teaches young people to travel safely on their own, on foot, by bus or by train.",
  },
  {
    term: "drop-in",
    synonyms: ["drop in", "dropin", "no appointment", "walk in", "walk-in"],
    explanation: "A drop-in is a session you can just turn up to, with no appointment or referral.",
  },
  {
    term: "direct payments",
    synonyms: ["personal budget", "personal budgets", "pa", "personal assistant", "money for care"],
    explanation:
      "Direct payments are money from the council, instead of services, so you can arrange your child's support yourself.",
  },
  {
    term: "benefits",
    synonyms: [
      "dla",
      "pip",
      "disability living allowance",
      "personal independence payment",
      "carers allowance",
      "carer's allowance",
      "money help",
      "financial help",
      "universal credit",
    ],
    explanation:
      "Disability benefits such as DLA (Disability Living Allowance), PIP (Personal Independence Payment) and Carer's Allowance.",
  },
  {
    term: "sendiass",
    synonyms: [
      "iass",
      "sendias",
      "parent partnership",
      "independent advice",
      "impartial advice",
      "tribunal",
      "appeal",
      "appeals",
    ],
    explanation:
      "SENDIASS is the free, impartial information, advice and support service about SEND for parents, children and young people.",
  },
  {
    term: "continence",
    synonyms: [
      "bedwetting",
      "bed wetting",
      "wetting",
      "soiling",
      "toilet training",
      "potty training",
      "incontinence",
      "nappies",
      "pads",
    ],
    explanation: "Help with wetting, soiling, constipation and toilet training.",
  },
  {
    term: "physiotherapy",
    synonyms: ["physio", "physiotherapist", "late walking", "movement difficulties"],
    explanation: "Physiotherapy helps babies, children and young people with movement, strength and balance.",
  },
  {
    term: "young carers",
    synonyms: [
      "young carer",
      "sibling",
      "siblings",
      "brother or sister",
      "look after my mum",
      "look after my dad",
      "look after my brother",
      "look after my sister",
    ],
    explanation:
      "Young carers are children and young people who help look after a family member who is disabled or ill.",
  },
  {
    term: "early years",
    synonyms: [
      "eyfs",
      "nursery",
      "pre-school",
      "preschool",
      "toddler",
      "toddlers",
      "baby",
      "babies",
      "under 5s",
      "under fives",
    ],
    explanation:
      "The early years are from birth to starting school, including nurseries, pre-schools and childminders.",
  },
  {
    term: "mental health crisis",
    synonyms: ["crisis", "self harm", "self-harm", "suicidal", "urgent help", "emergency"],
    explanation:
      "Urgent help for a child or young person whose mental health is at crisis point. In an emergency call 999.",
  },
];

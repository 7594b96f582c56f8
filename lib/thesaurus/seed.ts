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
      "Autism affects how a person talks and gets on with others. It also affects how they feel the world around them. It is also called autism spectrum condition (ASC) or autism spectrum disorder (ASD). Asperger's syndrome is an old name for one kind of autism.",
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
      "ADHD makes it hard to focus, sit still or wait your turn. ADD is an old name for ADHD in a child who is not overactive.",
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
      "Mental health is how we think and feel. SEMH means social, emotional and mental health needs. This could be worry, low mood, or behaviour that shows a child is not coping.",
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
      "Anxiety is feeling worried, scared or in a panic a lot of the time. It can get in the way of school, friends or day-to-day life.",
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
      "Speech and language therapy (SALT or SLT) helps children who find it hard to talk or to understand. It also helps those who find it hard to eat and drink safely.",
  },
  {
    term: "occupational therapy",
    synonyms: ["ot", "occupational therapist", "occ therapy"],
    explanation:
      "Occupational therapy (OT) helps children with everyday tasks. These include getting dressed, eating, writing and play. An OT can also help with aids at home. They can help with sensory needs too.",
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
      "CAMHS is the NHS child and adolescent mental health service. It helps children and young people when their feelings or mental health get in the way of life.",
  },
  {
    term: "ehcp",
    synonyms: [
      "ehc plan",
      "education health and care plan",
      "education, health and care plan",
      "statement of special educational needs",
    ],
    explanation:
      "An education, health and care plan (EHC plan, or EHCP) is a legal paper. It sets out a child or young person's special needs and the help they must get. It took the place of statements.",
  },
  {
    // Apart from "ehcp": asking for an assessment is the step before a plan, and has its own advice page.
    term: "ehc needs assessment",
    synonyms: [
      "ehcna",
      "ehc assessment",
      "education health and care needs assessment",
      "education, health and care needs assessment",
      "statutory assessment",
    ],
    explanation:
      "An EHC needs assessment is when the council finds out what help your child needs, to decide if they need an EHC plan. The council must tell you within 6 weeks if it will do one.",
  },
  {
    term: "short breaks",
    synonyms: ["respite", "respite care", "a break from caring", "break from caring", "short break"],
    explanation:
      "Short breaks (sometimes called respite) give disabled children time away doing something they enjoy. They give parents and carers a rest too.",
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
      "Deaf means any level of hearing loss, from mild to total. HI means hearing impairment. BSL is British Sign Language.",
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
      "Visual impairment (VI) means sight loss that glasses cannot fully fix. It goes from partial sight to being blind.",
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
      "Preparing for adulthood (PfA) is help from Year 9 onwards. It helps young people with SEND plan for work, living on their own, friends and good health as adults.",
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
      "A SENCO (or SENDCo) is the teacher in a school or nursery who is in charge of help for children with special needs. Colleges have someone who does this job too.",
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
      "A learning disability makes it harder to learn and understand things. It can make it hard to talk with others too. It lasts for life. Dyslexia is not a learning disability.",
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
    explanation:
      "Dyslexia makes reading, spelling and writing hard. It is one kind of specific learning difficulty (SpLD). It has nothing to do with how clever a child is.",
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
      "PMLD is short for profound and multiple learning disabilities. It means a child has a severe learning disability and other needs too. They often need a lot of help with their health.",
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
      "Complex medical needs are long-term health problems. They need a lot of care at home, at school and in hospital.",
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
      "Sensory needs mean a child feels noise, light, touch, taste or movement much more or much less than most people. This can make everyday places hard.",
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
    explanation: "Help for children and young people who use a wheelchair, or who find it hard to move about.",
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
      "Help for children and young people who find it hard to get to sleep or stay asleep. There is help for their tired families too.",
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
      "Help for young people with SEND who want to work. This can be a job coach, a supported internship, an apprenticeship or work experience.",
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
      "Learning the skills to live on your own as much as you can. This means cooking, money, travel and looking after a home.",
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
    explanation:
      "Travel training teaches young people to get about safely on their own. This might be on foot, by bus or by train.",
  },
  {
    term: "drop-in",
    synonyms: ["drop in", "dropin", "no appointment", "walk in", "walk-in"],
    explanation: "A drop-in is a session you can just turn up to. You do not need to book or be sent by anyone.",
  },
  {
    term: "direct payments",
    synonyms: ["personal budget", "personal budgets", "pa", "personal assistant", "money for care"],
    explanation:
      "Direct payments are money from the council, in place of services. You use it to arrange your child's support yourself.",
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
      "Money from the government for disabled people and their carers. You may hear of DLA, PIP and Carer's Allowance. DLA is short for Disability Living Allowance. PIP is short for Personal Independence Payment. Both help with the extra costs of being disabled.",
  },
  {
    term: "sendiass",
    synonyms: ["iass", "sendias", "parent partnership", "independent advice", "impartial advice"],
    explanation:
      "SENDIASS is a free service that gives fair, private advice and support about SEND. It is for parents, children and young people.",
  },
  {
    // Its own term, not a synonym of SENDIASS: a parent who searches "tribunal" wants the page on appeals first.
    term: "tribunal",
    synonyms: [
      "send tribunal",
      "sen tribunal",
      "first-tier tribunal",
      "first tier tribunal",
      "sendist",
      "appeal",
      "appeals",
      "appealing",
    ],
    explanation:
      "The SEND Tribunal is not part of the council. You can appeal to it about some council decisions on EHC needs assessments and EHC plans. Before most appeals, you must first talk to a mediation adviser.",
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
    explanation: "Physiotherapy helps babies, children and young people to move well. It builds strength and balance.",
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
      "Young carers are children and young people who help look after someone in their family. That person may be disabled or ill.",
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
      "The early years are from birth to starting school. This includes nurseries, pre-schools and childminders.",
  },
  {
    term: "mental health crisis",
    synonyms: ["crisis", "self harm", "self-harm", "suicidal", "urgent help", "emergency"],
    explanation:
      "Urgent help for a child or young person whose mental health is at crisis point. In an emergency call 999.",
  },
];

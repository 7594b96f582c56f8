// Social care listings: disabled children's team, short breaks, direct payments, carers, home support, adaptations.
import { type DemoService, paras, english, bsl, polish, urdu } from "./common";
import { venue } from "./venues";

export const socialCare: DemoService[] = [
  {
    organisation: "seabourne-disabled-childrens-service",
    slug: "disabled-childrens-team",
    name: "Disabled Children's Team (social work)",
    summary:
      "Social workers who support disabled children and their families when extra help is needed at home, including assessments for short breaks and direct payments.",
    description: paras(
      "Our social workers work with families of children with significant and long-lasting disabilities. We carry out a children and family assessment to understand what your child and family need, and agree a plan with you.",
      "Help might include short breaks (sometimes called respite), a personal assistant paid for by direct payments, equipment, or support for brothers and sisters. We also help families who are finding things very hard or are at breaking point.",
      "If you think your family may need our help, call the Children's Front Door and ask for the Disabled Children's Team.",
    ),
    whoFor: "Disabled children and young people aged 0 to 18 who live in Seabourne, and their families.",
    accessMethod: "referral",
    referralRoute:
      "Contact the Children's Front Door on 01632 960 300. Parents can ask for an assessment themselves, and professionals can refer with the family's consent.",
    referralUrl: "https://www.seabourne.gov.uk/childrens-front-door",
    eligibility:
      "Children with a substantial and long-term disability. Many families get help from the Short Breaks Local Offer without an assessment.",
    waitingTime: "Assessments are completed within 45 working days",
    url: "https://www.seabourne.gov.uk/disabled-children/social-work",
    email: "disabledchildren@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 18,
    costType: "free",
    categories: ["social-care"],
    needs: ["complex-medical", "learning-disability", "physical", "autism"],
    areas: ["whole"],
    contacts: [
      {
        title: "Duty social worker",
        email: "disabledchildren@seabourne.gov.uk",
        phones: [
          { number: "01632 960 300", description: "Children's Front Door, Monday to Friday 8:45am to 5pm" },
          { number: "01632 960 399", description: "Emergency duty team, evenings and weekends" },
        ],
      },
    ],
    locations: [venue.civicCentre],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:45", closesAt: "17:00" }],
    languages: [english, bsl, polish],
    sendAnswers: {
      identifying_needs:
        "A social worker visits you at home, meets your child and talks with you about daily life, what is working and what is hard.",
      involving_families:
        "We use your words in the assessment and plan. Children are seen and their views recorded, using pictures or signing where needed.",
      reviewing_progress: "Plans are reviewed at least every 6 months.",
      transitions: "From 14 we work with the transition team and adult social care to plan for life after 18.",
      working_with_others: "Schools, health services, the EHCP team, Seaview House and the short breaks team.",
      complaints:
        "Speak to your social worker or their manager. You can also use the council's children's social care complaints procedure.",
    },
    tags: ["parents", "social care"],
    lastCheckedAt: "2026-08-19",
  },
  {
    organisation: "seabourne-disabled-childrens-service",
    slug: "short-breaks-local-offer",
    name: "Short breaks without an assessment (Short Breaks Local Offer)",
    summary:
      "Short breaks give disabled children fun things to do and give parents and carers a rest. Many short breaks can be booked without a social work assessment.",
    description: paras(
      "Short breaks (sometimes called respite) are times when your disabled child spends time away from you doing something they enjoy, while you get a break. They might be a Saturday club, a holiday playscheme, a sports session or a few hours with a support worker.",
      "Families with a Seabourne Short Breaks card can book many activities without a social work assessment. Apply for the card online. You will need proof that your child has SEND, such as an EHCP, a letter from a doctor or proof of Disability Living Allowance.",
      "If your family needs more than this, for example overnight short breaks, ask the Disabled Children's Team for an assessment.",
    ),
    whoFor:
      "Disabled children and young people aged 0 to 18 who live in Seabourne, and their parents, carers, brothers and sisters.",
    accessMethod: "self_refer",
    eligibility: "Children with SEND who live in Seabourne. Proof of disability is needed for the Short Breaks card.",
    url: "https://www.seabourne.gov.uk/short-breaks",
    email: "shortbreaks@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 18,
    costType: "free",
    categories: ["social-care", "leisure"],
    needs: [
      "autism",
      "adhd",
      "learning-disability",
      "physical",
      "complex-medical",
      "sensory",
      "hearing",
      "vision",
      "semh",
    ],
    areas: ["whole"],
    contacts: [
      { title: "Short breaks officer", email: "shortbreaks@seabourne.gov.uk", phones: [{ number: "01632 960 310" }] },
    ],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "16:30" }],
    languages: [english],
    sendAnswers: {
      involving_families:
        "Every year we ask families and young people what short breaks they want and change the offer.",
      approach: "All short break providers agree to adapt activities and have staff trained in disability awareness.",
      effectiveness: "We check how many families use short breaks and ask parents whether they got a real break.",
      complaints: "Contact the short breaks officer or use the council's complaints procedure.",
    },
    tags: ["parents", "respite", "short breaks"],
    lastCheckedAt: "2026-07-30",
  },
  {
    organisation: "seabourne-disabled-childrens-service",
    slug: "seaview-house-overnight-short-breaks",
    name: "Seaview House overnight short breaks",
    summary:
      "A homely overnight short breaks centre in Marsh End where disabled children stay for one or more nights, giving families a rest and children a fun time with friends.",
    description: paras(
      "Seaview House is a six-bedroom home for overnight short breaks (respite). Children come for tea, stay overnight and go to school from here the next morning. Some come for a weekend or a few nights in the school holidays.",
      "Staff are trained to care for children with complex health needs, including tube feeding, epilepsy and personal care. There is a sensory room, a garden with a trampoline and swings, and a minibus for trips to the beach.",
      "Overnight stays are arranged after an assessment by the Disabled Children's Team. Families can visit for tea first so children get used to the house.",
    ),
    whoFor:
      "Disabled children and young people aged 5 to 18 with significant needs who have been assessed by the Disabled Children's Team.",
    accessMethod: "referral",
    referralRoute:
      "Overnight short breaks are agreed after a children and family assessment by a social worker in the Disabled Children's Team.",
    eligibility: "Children with an assessed need for overnight short breaks.",
    url: "https://www.seabourne.gov.uk/disabled-children/seaview-house",
    email: "seaviewhouse@seabourne.gov.uk",
    minimumAge: 5,
    maximumAge: 18,
    costType: "free",
    categories: ["social-care"],
    needs: ["complex-medical", "learning-disability", "physical", "autism"],
    areas: ["north", "whole"],
    contacts: [
      { title: "Registered manager", email: "seaviewhouse@seabourne.gov.uk", phones: [{ number: "01632 960 330" }] },
    ],
    locations: [venue.seaviewHouse],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR"],
        opensAt: "15:30",
        closesAt: "23:59",
        description: "Overnight stays from after school to the next school morning",
      },
      { byday: ["SA", "SU"], opensAt: "09:00", closesAt: "23:59", description: "Weekend stays" },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "Before the first stay we complete a detailed care plan with you, covering routines, food, medicines and what your child loves.",
      involving_families: "Parents can ring at any time. Children help plan activities at house meetings.",
      wellbeing:
        "Children stay with the same small group of friends where possible, so Seaview House feels like a sleepover.",
      staff_training:
        "Staff are trained in moving and handling, medicines, epilepsy, tube feeding, Makaton and positive behaviour support.",
      accessibility: "Step-free throughout, with ceiling hoists, a Changing Places toilet and an accessible minibus.",
      effectiveness: "Seaview House is inspected by Ofsted. We ask families for feedback after every stay.",
      complaints:
        "Talk to the registered manager or use the council's complaints procedure. You can also contact Ofsted.",
    },
    tags: ["parents", "respite", "short breaks", "overnight"],
    lastCheckedAt: "2026-06-25",
  },
  {
    organisation: "seabourne-disabled-childrens-service",
    slug: "direct-payments-for-disabled-children",
    name: "Direct payments for disabled children and young people",
    summary:
      "Direct payments are money from the council, instead of services, so you can choose and arrange your child's support yourself, such as employing a personal assistant.",
    description: paras(
      "If your child has been assessed as needing support from social care, you can ask for a direct payment instead of a service arranged by the council. You might use it to pay a personal assistant to take your child swimming, or to buy a place at a holiday club.",
      "Our direct payments team will explain how it works, help you open a separate bank account and support you if you become an employer. A payroll service can do the paperwork for you.",
      "Young people aged 16 and over can have direct payments in their own name.",
    ),
    whoFor: "Families of disabled children and young people aged 0 to 25 who have an assessed social care need.",
    accessMethod: "referral",
    referralRoute:
      "Ask your social worker, or the transition team if your young person is 16 or over. Direct payments follow a social care assessment.",
    eligibility:
      "Children and young people with an assessed social care need from the Disabled Children's Team or adult social care.",
    url: "https://www.seabourne.gov.uk/direct-payments",
    email: "directpayments@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["social-care"],
    needs: ["learning-disability", "physical", "complex-medical", "autism"],
    areas: ["whole"],
    contacts: [
      {
        title: "Direct payments adviser",
        email: "directpayments@seabourne.gov.uk",
        phones: [{ number: "01632 960 320" }],
      },
    ],
    schedules: [{ byday: ["MO", "TU", "WE", "TH"], opensAt: "09:00", closesAt: "16:30" }],
    languages: [english],
    sendAnswers: {
      involving_families: "You decide how to spend the money on the outcomes in your child's plan.",
      reviewing_progress: "We review how the direct payment is working after 3 months and then every year.",
      working_with_others: "The Disabled Children's Team, the transition team and a local payroll service.",
      complaints: "Speak to the direct payments adviser or use the council's complaints procedure.",
    },
    tags: ["parents", "personal budgets"],
    lastCheckedAt: "2025-11-04",
  },
  {
    organisation: "seabourne-disabled-childrens-service",
    slug: "parent-carers-needs-assessment",
    name: "Carer's assessment for parent carers",
    summary:
      "If you care for a disabled child, you have the right to a parent carer's needs assessment. It looks at how caring affects you and what would help.",
    description: paras(
      "Looking after a disabled child can be tiring and lonely. A parent carer's needs assessment is a conversation about you: your health, sleep, work, relationships and whether you get any time for yourself.",
      "It can lead to help such as short breaks, a carer's break grant, counselling or support from the Carers Centre. You can ask for an assessment even if your child does not have a social worker.",
    ),
    whoFor: "Parents and carers of disabled children and young people aged 0 to 25 in Seabourne.",
    accessMethod: "self_refer",
    url: "https://www.seabourne.gov.uk/disabled-children/parent-carers",
    email: "disabledchildren@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["social-care", "advice"],
    needs: ["complex-medical", "learning-disability", "autism", "physical", "semh"],
    areas: ["whole"],
    contacts: [
      {
        title: "Duty social worker",
        email: "disabledchildren@seabourne.gov.uk",
        phones: [{ number: "01632 960 300" }],
      },
    ],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:45", closesAt: "17:00" }],
    languages: [english, urdu],
    tags: ["parents", "carers"],
    lastCheckedAt: "2026-02-17",
  },
  {
    organisation: "seabourne-carers-centre",
    slug: "young-carers-service",
    name: "Young carers service",
    summary:
      "Support, trips and a break for children and young people who help look after a brother, sister or parent with a disability or illness.",
    description: paras(
      "Young carers are children who help care for someone at home. Many brothers and sisters of disabled children are young carers without realising it. It can mean less time for homework, friends and fun, and lots of worry.",
      "We offer one-to-one support, young carers clubs after school, trips in the holidays and a Young Carers card so teachers know about your caring role. We can also help schools understand what you are dealing with.",
      "Young people can refer themselves, or a parent, teacher or other professional can refer them.",
    ),
    whoFor: "Young carers aged 8 to 18 who live in Seabourne.",
    accessMethod: "self_refer",
    url: "https://seabournecarers.example.org/young-carers",
    email: "youngcarers@seabournecarers.example.org",
    minimumAge: 8,
    maximumAge: 18,
    costType: "free",
    categories: ["social-care", "leisure"],
    needs: ["semh"],
    areas: ["whole"],
    contacts: [
      {
        title: "Young carers worker",
        email: "youngcarers@seabournecarers.example.org",
        phones: [{ number: "01632 960 240" }],
      },
    ],
    locations: [venue.carersCentre],
    schedules: [
      {
        byday: ["TU"],
        opensAt: "16:00",
        closesAt: "18:00",
        termTimeOnly: true,
        description: "Young carers club, 8 to 12 year olds",
      },
      {
        byday: ["TH"],
        opensAt: "16:30",
        closesAt: "18:30",
        termTimeOnly: true,
        description: "Young carers club, 13 to 18 year olds",
      },
    ],
    languages: [english],
    sendAnswers: {
      wellbeing:
        "Clubs are a place to relax and make friends with people who understand. Our workers help with worries about home and school.",
      involving_families: "We talk with the whole family about how caring affects the young person.",
      working_with_others: "Schools, the Disabled Children's Team and Mindspace Seabourne.",
      complaints: "Contact the Carers Centre manager. Our complaints policy is on our website.",
    },
    tags: ["siblings", "young carers", "young people"],
    lastCheckedAt: "2026-10-07",
  },
  // First category is advice; kept in this section so the listing order stays as it was.
  {
    organisation: "seabourne-carers-centre",
    slug: "parent-carer-support-and-wellbeing",
    name: "Parent carer support and wellbeing",
    summary:
      "Someone to talk to if you are a parent carer who is exhausted or struggling, plus pamper days, peer support groups and help with carer's grants.",
    description: paras(
      "Being a parent carer can take over your life. Our parent carer support workers are here to listen, help you find services and make sure you look after yourself too.",
      "We run a monthly coffee morning, a dads' group, free complementary therapy days and a small grants scheme for carers' breaks. We can also help you ask for a carer's assessment from the council.",
    ),
    whoFor: "Parents and carers of disabled children and young people aged 0 to 25.",
    accessMethod: "self_refer",
    url: "https://seabournecarers.example.org/parent-carers",
    email: "hello@seabournecarers.example.org",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["advice", "social-care"],
    needs: ["semh", "complex-medical", "learning-disability"],
    areas: ["whole"],
    contacts: [
      {
        title: "Parent carer support worker",
        email: "hello@seabournecarers.example.org",
        phones: [{ number: "01632 960 241" }],
      },
    ],
    locations: [venue.carersCentre],
    schedules: [
      { byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:30", closesAt: "16:30" },
      {
        byday: ["FR"],
        opensAt: "10:00",
        closesAt: "12:00",
        freq: "MONTHLY",
        description: "Coffee morning, last Friday of the month",
      },
    ],
    languages: [english, urdu],
    tags: ["parents", "carers"],
    lastCheckedAt: "2026-04-08",
  },
  {
    organisation: "bright-tide-care",
    slug: "bright-tide-home-support-and-sitting",
    name: "Home support and sitting service",
    summary:
      "Trained support workers who care for your disabled child at home or take them out, so you can have a break. Pay yourself or use a direct payment.",
    description: paras(
      "Bright Tide Care provides support workers for disabled children and young people. A worker can sit with your child at home while you go out, help with the bedtime routine, or take your young person to the cinema or the beach.",
      "We match the same small team of workers to each family, so your child gets to know them. Many of our workers have experience of autism, learning disabilities and complex health needs.",
    ),
    whoFor: "Disabled children and young people aged 5 to 25 living anywhere in Seabourne.",
    accessMethod: "self_refer",
    url: "https://brighttidecare.example.org",
    email: "office@brighttidecare.example.org",
    minimumAge: 5,
    maximumAge: 25,
    costType: "paid",
    costOptions: [
      { option: "Daytime support", amount: 24, amountDescription: "£24 per hour" },
      { option: "Evenings and weekends", amount: 27.5, amountDescription: "£27.50 per hour" },
    ],
    categories: ["social-care"],
    needs: ["autism", "learning-disability", "complex-medical", "physical"],
    areas: ["whole"],
    contacts: [
      { title: "Care co-ordinator", email: "office@brighttidecare.example.org", phones: [{ number: "01632 960 300" }] },
    ],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
        opensAt: "07:00",
        closesAt: "22:00",
        description: "Visits by arrangement",
      },
    ],
    languages: [english, polish],
    sendAnswers: {
      identifying_needs: "A senior carer visits you at home to write a support plan before any visits start.",
      staff_training:
        "All workers have enhanced DBS checks and training in safeguarding, moving and handling, medicines and autism awareness.",
      complaints: "Contact the registered manager. We are inspected by the Care Quality Commission (CQC).",
      effectiveness: "We ask families for feedback every 3 months.",
    },
    tags: ["parents", "respite"],
    lastCheckedAt: "2026-01-27",
  },
  {
    organisation: "southcliffe-bay-school",
    slug: "sunshine-holiday-playscheme",
    name: "Sunshine specialist holiday playscheme",
    summary:
      "A specialist holiday playscheme at Southcliffe Bay School for disabled children with high support needs, with one-to-one staffing where needed.",
    description: paras(
      "The Sunshine playscheme runs in the Easter and summer holidays and the October half term. Children enjoy arts and crafts, the sensory rooms, the hydrotherapy pool when it is open, and trips to the beach and local parks.",
      "Staff are trained to support children with complex medical needs, personal care and behaviour that challenges. Places are funded as short breaks for families with a Short Breaks card or a social care plan. Please ask about the cost for other families.",
    ),
    whoFor: "Disabled children and young people aged 5 to 18 with high support needs, from any Seabourne school.",
    accessMethod: "self_refer",
    eligibility: "Children with a Seabourne Short Breaks card or a social care plan get priority.",
    url: "https://southcliffebay.example.org/sunshine",
    email: "sunshine@southcliffebay.example.org",
    minimumAge: 5,
    maximumAge: 18,
    costType: "ask",
    categories: ["social-care", "leisure"],
    needs: ["complex-medical", "learning-disability", "autism", "physical"],
    areas: ["south"],
    contacts: [
      {
        title: "Playscheme co-ordinator",
        email: "sunshine@southcliffebay.example.org",
        phones: [{ number: "01632 960 825" }],
      },
    ],
    locations: [venue.southcliffeBaySchool],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH"],
        opensAt: "10:00",
        closesAt: "15:00",
        description: "School holidays only: Easter, summer and October half term",
      },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "Parents complete a booking form about care, medicines and likes and dislikes. New families are invited to a visit day.",
      staff_training:
        "Many staff work at Southcliffe Bay School. All are trained in moving and handling, epilepsy and Makaton.",
      accessibility: "The whole school is step-free with hoists and a Changing Places toilet.",
      wellbeing: "Children have a named worker each day and a quiet space when they need it.",
    },
    tags: ["parents", "holidays", "short breaks"],
    lastCheckedAt: "2026-03-18",
  },
  {
    organisation: "seabourne-disabled-childrens-service",
    slug: "childrens-home-adaptations-and-equipment",
    name: "Children's home adaptations and equipment",
    summary:
      "Council occupational therapists who assess disabled children for equipment and home adaptations, such as hoists, ramps and level-access showers.",
    description: paras(
      "If your home makes caring for your disabled child hard or unsafe, our occupational therapists can visit to see what would help. This might be a bath seat, a hoist, a specialist bed, grab rails, a ramp or a downstairs bathroom.",
      "For bigger changes, we help you apply for a Disabled Facilities Grant, which is not means-tested for disabled children. We work with housing associations if you rent.",
    ),
    whoFor: "Disabled children and young people aged 0 to 18 living in Seabourne.",
    accessMethod: "referral",
    referralRoute:
      "Call the Children's Front Door on 01632 960 300 and ask for the children's occupational therapist. Parents can refer themselves.",
    waitingTime: "Usually 10 to 14 weeks for a home visit; urgent safety needs are seen sooner",
    url: "https://www.seabourne.gov.uk/disabled-children/adaptations",
    email: "childrensot@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 18,
    costType: "free",
    categories: ["social-care"],
    needs: ["physical", "complex-medical"],
    areas: ["whole"],
    contacts: [
      {
        title: "Children's occupational therapist",
        email: "childrensot@seabourne.gov.uk",
        phones: [{ number: "01632 960 305" }],
      },
    ],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR"],
        opensAt: "09:00",
        closesAt: "17:00",
        description: "Home visits by appointment",
      },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "An occupational therapist visits your home to see how your child moves around and how you care for them.",
      working_with_others:
        "NHS occupational therapy and physiotherapy, the wheelchair service, housing associations and the council's grants team.",
      complaints: "Speak to the team manager or use the council's complaints procedure.",
      accessibility: "All assessments are done in your own home.",
    },
    tags: ["parents", "equipment"],
    lastCheckedAt: "2025-10-22",
  },
];

// Education listings: EHCP assessment, SENDIASS, mainstream and special schools and resource bases.
import { type DemoService, paras, english, bsl, polish, urdu, easyRead } from "./common";
import { venue } from "./venues";

export const educationEhcpAndSchools: DemoService[] = [
  {
    organisation: "seabourne-council",
    slug: "ehcp-assessment-team",
    name: "EHCP Assessment Team (SEND Assessment and Review)",
    summary:
      "The council team that carries out assessments for an Education, Health and Care plan (EHCP) and writes and reviews the plans. Parents can ask for an assessment themselves.",
    description: paras(
      "An Education, Health and Care plan (EHCP) is a legal document for children and young people aged 0 to 25 who need more help than a nursery, school or college can usually give. It sets out their needs, the support they must get and the outcomes everyone is working towards.",
      "You can ask us for an EHCP assessment yourself. You do not need the school's agreement, a diagnosis or a professional to do it for you. Young people aged 16 to 25 can also ask for themselves. We will tell you within 6 weeks whether we will assess, and the whole process should take no more than 20 weeks.",
      "Each family has a named SEND caseworker who will keep you updated. If you are unhappy with a decision, we will explain your options, including mediation and appeals to the SEND Tribunal. Seabourne SENDIASS can give you free, impartial help at any stage.",
    ),
    whoFor:
      "Children and young people aged 0 to 25 who live in Seabourne and may need an EHCP, and their parents and carers.",
    accessMethod: "self_refer",
    eligibility:
      "Live in Seabourne, or go to a Seabourne school and live elsewhere (we will check with your home council).",
    waitingTime: "A decision on whether to assess within 6 weeks; the full process takes up to 20 weeks.",
    url: "https://www.seabourne.gov.uk/send/ehcp",
    email: "sendassessment@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["education", "advice"],
    needs: [
      "autism",
      "adhd",
      "semh",
      "speech-language",
      "learning-disability",
      "physical",
      "complex-medical",
      "hearing",
      "vision",
    ],
    areas: ["whole"],
    contacts: [
      {
        title: "SEND duty officer",
        email: "sendassessment@seabourne.gov.uk",
        phones: [{ number: "01632 960 210", description: "Monday to Friday, 9am to 4:30pm" }],
      },
    ],
    locations: [venue.civicCentre],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR"],
        opensAt: "09:00",
        closesAt: "16:30",
        description: "Phone and email line. Face-to-face meetings by appointment.",
      },
    ],
    languages: [english, bsl, polish],
    sendAnswers: {
      identifying_needs:
        "We gather advice from you, your child, their school or setting, and health and social care professionals. An educational psychologist meets every child or young person we assess.",
      involving_families:
        "Your views and your child's views go at the start of the plan, in your own words. You see a draft and can ask for changes before it is finished.",
      reviewing_progress:
        "Every EHCP is reviewed at least once a year at an annual review meeting. For children under 5, reviews are every 3 to 6 months.",
      transitions:
        "Plans are reviewed and amended before a move to a new phase, such as starting school, moving to secondary school or going to college. From Year 9 every review looks at preparing for adult life.",
      working_with_others:
        "We work with schools, the educational psychology service, NHS therapists, CAMHS, the Disabled Children's Service and Seabourne SENDIASS.",
      complaints:
        "Talk to your caseworker or their manager first. You can also use the council's complaints procedure, ask for mediation, or appeal some decisions to the SEND Tribunal.",
    },
    tags: ["parents", "young people", "EHCP"],
    lastCheckedAt: "2026-10-02",
  },
  // First category is advice; kept in this section so the listing order stays as it was.
  {
    organisation: "seabourne-sendiass",
    slug: "seabourne-sendiass",
    name: "Seabourne SENDIASS",
    summary:
      "Free, confidential and impartial advice about special educational needs and disabilities for parents, children and young people, including help with EHCPs, school exclusions and appeals.",
    description: paras(
      "SENDIASS stands for Special Educational Needs and Disabilities Information, Advice and Support Service. We are on your side. We are paid for by the council but work separately from it, so our advice is impartial.",
      "We can explain the law in plain English, help you fill in forms, read through a draft EHCP with you, come to meetings at school and help if you are thinking about an appeal. Young people aged 16 to 25 can contact us themselves.",
      "Call our helpline, email us, or come to one of our monthly drop-ins at the family hubs.",
    ),
    whoFor:
      "Parents and carers of children with SEND aged 0 to 25, and children and young people with SEND themselves.",
    easyRead: easyRead(
      "SENDIASS helps families of children with special needs or disabilities.",
      "It is free.",
      "We are on your side.",
      "We keep what you tell us private, unless someone is in danger.",
      "We can explain the rules about help at school.",
      "We can help you fill in forms.",
      "We can come to school meetings with you.",
      "Young people aged 16 to 25 can contact us themselves.",
      "Call our free helpline from Monday to Thursday.",
      "Young people can text us or use WhatsApp.",
      "We have a drop-in at each family hub once a month.",
    ),
    accessMethod: "self_refer",
    url: "https://seabournesendiass.example.org",
    email: "hello@seabournesendiass.example.org",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["advice", "education"],
    needs: [
      "autism",
      "adhd",
      "semh",
      "speech-language",
      "hearing",
      "vision",
      "physical",
      "learning-disability",
      "complex-medical",
      "sensory",
    ],
    areas: ["whole"],
    contacts: [
      {
        title: "Helpline adviser",
        email: "hello@seabournesendiass.example.org",
        phones: [
          { number: "0808 157 0210", description: "Freephone helpline, Monday to Thursday 9:30am to 3pm" },
          { number: "07700 900 412", description: "Text or WhatsApp for young people" },
        ],
      },
    ],
    locations: [venue.thornbyFamilyHub, venue.hollinsParkFamilyHub, venue.southcliffeFamilyHub],
    schedules: [
      { byday: ["MO", "TU", "WE", "TH"], opensAt: "09:30", closesAt: "15:00", description: "Helpline" },
      {
        byday: ["WE"],
        opensAt: "10:00",
        closesAt: "12:00",
        freq: "MONTHLY",
        description: "Drop-in, first Wednesday of the month",
        locationName: "Hollins Park Family Hub",
      },
      {
        byday: ["TH"],
        opensAt: "13:00",
        closesAt: "15:00",
        freq: "MONTHLY",
        description: "Drop-in, second Thursday of the month",
        locationName: "Thornby Family Hub",
      },
      {
        byday: ["TU"],
        opensAt: "10:00",
        closesAt: "12:00",
        freq: "MONTHLY",
        description: "Drop-in, third Tuesday of the month",
        locationName: "Southcliffe Family Hub",
      },
    ],
    languages: [english, bsl, urdu],
    sendAnswers: {
      involving_families:
        "We listen first and go at your pace. We will never share what you tell us without your permission, unless someone is at risk of harm.",
      staff_training: "All our advisers complete the national IASS training programme and have regular legal updates.",
      accessibility:
        "We can meet you at home, at a family hub or online. We can use a BSL interpreter or a spoken language interpreter at no cost to you.",
      working_with_others:
        "We work alongside the Parent Carer Forum and can signpost you to legal advice charities if you need more help.",
      complaints:
        "Email or call the service manager. If you are still unhappy you can contact the trustees of our host charity.",
    },
    tags: ["parents", "young people", "helpline"],
    lastCheckedAt: "2026-09-14",
  },
  {
    organisation: "thornby-primary-school",
    slug: "thornby-primary-school-sen-support",
    name: "SEN support at Thornby Primary School",
    summary:
      "Extra help in class for children at Thornby Primary who find learning, communication or behaviour harder. Talk to our SENCO about any worries.",
    description: paras(
      "Every mainstream school must help children with special educational needs. This is called SEN support. At Thornby Primary it might mean small group work, a visual timetable, a quiet space or a learning plan made with you.",
      "Our SENCO (special educational needs co-ordinator, the teacher in charge of SEN) is Mrs Amelia Hart. If you are worried about your child, speak to their class teacher or ask at the office for a meeting with the SENCO. You do not need a diagnosis.",
    ),
    whoFor: "Children aged 4 to 11 at Thornby Primary School.",
    accessMethod: "self_refer",
    eligibility: "Children on roll at Thornby Primary School.",
    url: "https://thornbyprimary.example.org/send",
    email: "senco@thornbyprimary.example.org",
    minimumAge: 4,
    maximumAge: 11,
    costType: "free",
    categories: ["education"],
    needs: ["speech-language", "learning-disability", "adhd", "autism", "semh"],
    areas: ["north"],
    contacts: [
      {
        name: "Amelia Hart",
        title: "SENCO",
        email: "senco@thornbyprimary.example.org",
        phones: [{ number: "01632 960 531" }],
      },
    ],
    locations: [venue.thornbyPrimary],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR"],
        opensAt: "08:45",
        closesAt: "15:15",
        termTimeOnly: true,
        description: "School day. SENCO meetings by appointment.",
      },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "Teachers check every child's progress each term. If a child is finding things hard, we talk to you, watch them in class and may ask for advice from the speech and language therapist or educational psychologist.",
      involving_families:
        "We meet you three times a year to agree targets, and you can ask to see the SENCO at any time.",
      reviewing_progress:
        "We use a plan, do, review cycle. Each plan has two or three small targets that we check every term.",
      approach:
        "Visual timetables, now and next boards, movement breaks, pre-teaching of new words and small group phonics.",
      wellbeing: "We run a lunchtime Friendship Club and have a trained emotional literacy support assistant (ELSA).",
      staff_training:
        "All staff have had autism awareness and speech and language training. Our SENCO holds the national SENCO qualification.",
      accessibility:
        "The school is on one level except the library, which has a lift. We have an accessible toilet and a quiet room.",
      transitions:
        "Extra visits to the new classroom, a photo book over the summer and a meeting with the new school's SENCO in Year 6.",
      complaints:
        "Speak to the class teacher or SENCO first, then the headteacher. Our complaints policy is on the school website.",
    },
    tags: ["parents", "primary school"],
    lastCheckedAt: "2026-09-08",
  },
  {
    organisation: "thornby-primary-school",
    slug: "thornby-speech-and-language-resource-base",
    name: "Speech and Language Resource Base at Thornby Primary",
    summary:
      "A small class for up to 10 children with significant speech and language needs. Children spend time in the base and in their mainstream class, with a speech and language therapist on site each week.",
    description: paras(
      "The resource base is a specialist class inside Thornby Primary School. It is for children whose main need is with speech, language and communication, for example understanding what is said to them or putting sentences together.",
      "Children belong to a mainstream class and join it for as much of the day as they can. In the base they work in small groups with a specialist teacher and teaching assistants. An NHS speech and language therapist works in the base two days a week.",
      "Places are given by the council's SEND panel, usually for children with an EHCP. If you think a place might suit your child, talk to your child's school or your SEND caseworker.",
    ),
    whoFor: "Children aged 4 to 11 from anywhere in Seabourne whose main need is speech, language and communication.",
    accessMethod: "referral",
    referralRoute:
      "Places are agreed by the council's SEND panel, usually through an EHCP. Your child's school, your SEND caseworker or a speech and language therapist can ask for a place to be considered.",
    eligibility:
      "Children with an EHCP, or going through an EHCP assessment, where speech and language is the main need.",
    url: "https://thornbyprimary.example.org/resource-base",
    email: "resourcebase@thornbyprimary.example.org",
    minimumAge: 4,
    maximumAge: 11,
    costType: "free",
    categories: ["education"],
    needs: ["speech-language"],
    areas: ["north", "whole"],
    contacts: [
      {
        title: "Resource base lead teacher",
        email: "resourcebase@thornbyprimary.example.org",
        phones: [{ number: "01632 960 532" }],
      },
    ],
    locations: [venue.thornbyPrimary],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:45", closesAt: "15:15", termTimeOnly: true }],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "Each child has a speech and language assessment when they join, and we read their EHCP with you.",
      approach:
        "Signing (Makaton), colour-coded sentence building, small group language sessions every day and pre-teaching of topic words.",
      reviewing_progress:
        "The therapist and teacher review each child's targets every half term. We hold the EHCP annual review in the base.",
      staff_training:
        "Staff have specialist training in language development and Makaton. The lead teacher has a postgraduate qualification in speech and language needs.",
      transitions:
        "We plan each move back to mainstream or on to secondary school carefully, with extra visits and a handover to the new school.",
      working_with_others:
        "Seabourne Community Health speech and language therapy, educational psychology and the council's SEND team.",
    },
    tags: ["parents", "resource base"],
    lastCheckedAt: "2026-06-19",
  },
  {
    organisation: "hollins-park-high-school",
    slug: "hollins-park-high-school-sen-support",
    name: "SEN support at Hollins Park High School",
    summary:
      "Help for students with SEN at Hollins Park High, from in-class support and exam arrangements to a calm base at break times. Contact the SENCO team with any worries.",
    description: paras(
      "Moving to secondary school can be a big change. Our learning support team helps students with special educational needs settle in and make good progress. Support might include a key adult, a time-out card, reading and spelling groups, or extra time in exams.",
      "Our SENCO (the teacher in charge of special educational needs) is Mr Daniel Okafor. You can contact him about any worries. You do not need a diagnosis for your child to get help.",
      "The Hub is open at break and lunch as a quieter place for students who find the playground or dining hall too much.",
    ),
    whoFor: "Students aged 11 to 16 at Hollins Park High School.",
    accessMethod: "self_refer",
    eligibility: "Students on roll at Hollins Park High School.",
    url: "https://hollinsparkhigh.example.org/send",
    email: "senco@hollinsparkhigh.example.org",
    minimumAge: 11,
    maximumAge: 16,
    costType: "free",
    categories: ["education"],
    needs: ["autism", "adhd", "semh", "learning-disability", "speech-language"],
    areas: ["central"],
    contacts: [
      {
        name: "Daniel Okafor",
        title: "SENCO",
        email: "senco@hollinsparkhigh.example.org",
        phones: [{ number: "01632 960 640" }],
      },
    ],
    locations: [venue.hollinsParkHigh],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:30", closesAt: "15:00", termTimeOnly: true }],
    languages: [english, polish],
    sendAnswers: {
      identifying_needs:
        "We read information from primary schools, test reading and spelling in Year 7, and listen to concerns from parents, students and teachers.",
      involving_families:
        "Each student on SEN support has a one-page profile written with them. We meet parents at least three times a year.",
      reviewing_progress: "Support plans are reviewed every term. We check reading ages twice a year.",
      approach:
        "Teachers use each student's profile to adapt lessons, for example seating, printed notes, coloured overlays and chunked tasks.",
      wellbeing:
        "The Hub, a lunchtime games club, mentoring from older students and a school counsellor one day a week.",
      staff_training:
        "All staff have yearly training on autism, ADHD and dyslexia. Two teaching assistants are trained ELSAs (emotional literacy support assistants).",
      accessibility: "The school has lifts to all floors and accessible toilets on each floor.",
      transitions:
        "Extra Year 6 visits in the summer term, a summer transition week, and careers advice from Year 9 for students with EHCPs.",
      complaints: "Contact the SENCO first, then the headteacher. The complaints policy is on our website.",
    },
    tags: ["parents", "young people", "secondary school"],
    lastCheckedAt: "2026-09-22",
  },
  {
    organisation: "hollins-park-high-school",
    slug: "the-anchor-autism-resource-base",
    name: "The Anchor: autism resource base at Hollins Park High",
    summary:
      "A specialist base for 16 autistic students inside Hollins Park High School. Students learn in mainstream lessons with support and have a calm base to return to.",
    description: paras(
      "The Anchor is for autistic students who can learn the mainstream curriculum but need a smaller, calmer place and specialist staff to help them manage the school day. Some students were diagnosed with Asperger's syndrome when they were younger; we welcome them too.",
      "Each student has a timetable that mixes mainstream lessons with time in the Anchor for social skills, emotional regulation and catch-up work. The base has quiet workrooms, a sensory room and a kitchen for life skills.",
      "Places are agreed by the council's SEND panel for students with an EHCP.",
    ),
    whoFor: "Autistic students aged 11 to 16 from anywhere in Seabourne, with an EHCP.",
    accessMethod: "referral",
    referralRoute:
      "Places are agreed by the council's SEND panel through the EHCP process. Talk to your SEND caseworker or your child's current school about naming the Anchor in the plan.",
    eligibility: "Autistic students with an EHCP who can access a mainstream curriculum with support.",
    url: "https://hollinsparkhigh.example.org/anchor",
    email: "anchor@hollinsparkhigh.example.org",
    minimumAge: 11,
    maximumAge: 16,
    costType: "free",
    categories: ["education"],
    needs: ["autism", "sensory", "semh"],
    areas: ["central", "whole"],
    contacts: [
      { title: "Anchor base lead", email: "anchor@hollinsparkhigh.example.org", phones: [{ number: "01632 960 645" }] },
    ],
    locations: [venue.hollinsParkHigh],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:30", closesAt: "15:00", termTimeOnly: true }],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "Before a student starts, we visit them at their current school and at home if the family would like that.",
      approach:
        "Low-arousal rooms, visual timetables, warning before changes, and lesson support from Anchor staff who know each student well.",
      wellbeing: "Daily check-ins with a key adult, a lunchtime club in the base and a social communication group.",
      staff_training: "All Anchor staff have advanced autism training and training in emotional regulation approaches.",
      accessibility: "The base is on the ground floor with its own entrance so students can avoid busy corridors.",
      transitions:
        "A personal transition plan with photos, several visits and a slow start if needed. From Year 9 we plan for college and adult life.",
      effectiveness:
        "We track attendance, progress in lessons and how much time students spend in mainstream classes, and ask students and parents each term.",
    },
    tags: ["parents", "young people", "resource base"],
    lastCheckedAt: "2026-07-10",
  },
  {
    organisation: "southcliffe-bay-school",
    slug: "southcliffe-bay-school",
    name: "Southcliffe Bay School",
    summary:
      "Seabourne's special school for children and young people aged 2 to 19 with severe, profound and multiple learning disabilities, with nursing, therapy and sensory rooms on site.",
    description: paras(
      "Southcliffe Bay School is a special school for about 140 pupils with severe learning disabilities (SLD) and profound and multiple learning disabilities (PMLD). Many pupils also have physical disabilities, sensory needs or complex health needs.",
      "Classes are small, with a high number of staff. The school has a hydrotherapy pool, sensory rooms, a soft play room and a life skills flat for older students. School nurses, physiotherapists and speech and language therapists work on site.",
      "Places are given through an EHCP. Parents are very welcome to visit before naming the school.",
    ),
    whoFor: "Children and young people aged 2 to 19 with an EHCP who have severe or profound learning disabilities.",
    accessMethod: "referral",
    referralRoute:
      "Places are agreed by the council's SEND panel through the EHCP process. Ask your SEND caseworker, or call the school to arrange a visit.",
    eligibility: "Children and young people with an EHCP.",
    url: "https://southcliffebay.example.org",
    email: "office@southcliffebay.example.org",
    minimumAge: 2,
    maximumAge: 19,
    costType: "free",
    categories: ["education"],
    needs: ["learning-disability", "complex-medical", "physical", "sensory", "vision"],
    areas: ["south", "whole"],
    contacts: [
      { title: "School office", email: "office@southcliffebay.example.org", phones: [{ number: "01632 960 820" }] },
    ],
    locations: [venue.southcliffeBaySchool],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "15:00", termTimeOnly: true }],
    languages: [english, bsl],
    sendAnswers: {
      identifying_needs:
        "We read the EHCP, visit each child at home or nursery, and our therapists and nurses meet the family before the child starts.",
      involving_families:
        "A home-school diary goes back and forth every day. Families are invited to termly coffee mornings and to all reviews.",
      reviewing_progress:
        "We use small-step assessments designed for pupils with complex needs and review each EHCP every year.",
      approach:
        "Sensory stories, intensive interaction, symbols and signing, objects of reference and eye-gaze technology.",
      wellbeing: "Every pupil has a key adult. We use positive behaviour support plans written with families.",
      staff_training:
        "Staff are trained in moving and handling, tube feeding, epilepsy care, Makaton and intensive interaction.",
      accessibility:
        "The whole building is step-free, with ceiling hoists, a Changing Places toilet and a hydrotherapy pool.",
      transitions:
        "Our post-16 department focuses on life skills, work experience and planning for adult life with the transition team.",
      working_with_others:
        "School nursing, NHS therapies, the Disabled Children's Team and Seaview House short breaks.",
      effectiveness: "We track progress against EHCP outcomes and ask families every year what is working.",
      complaints:
        "Speak to your child's class teacher or the headteacher. Our complaints policy is on the school website.",
    },
    tags: ["parents", "special school"],
    lastCheckedAt: "2026-05-21",
  },
];

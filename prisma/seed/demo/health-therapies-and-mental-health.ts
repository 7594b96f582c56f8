// Health listings: speech and language, occupational and physiotherapy, CAMHS, crisis line, autism/ADHD pathway, sleep.
import { type DemoService, paras, english, polish, urdu, easyRead } from "./common";
import { venue } from "./venues";

export const healthTherapiesAndMentalHealth: DemoService[] = [
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "childrens-speech-and-language-therapy",
    name: "Children's speech and language therapy",
    summary:
      "NHS speech and language therapy (sometimes called SALT) for children and young people who have difficulty talking, understanding, being understood, or eating and drinking safely.",
    description: paras(
      "Speech and language therapists help children who find communication hard. That might be a toddler with very few words, a child whose speech is hard to understand, a stammer, or a young person who struggles to follow what is said in class. We also help children who have difficulty eating, drinking or swallowing.",
      "After an assessment, we will agree a plan with you. This might be sessions at a clinic, a programme for you and school to do together, or advice and training for your child's nursery or school.",
      "Worried about a child under 5? Come to one of our Chatterbox drop-ins at the family hubs first. There is no need for an appointment.",
    ),
    whoFor:
      "Children and young people aged 0 to 18 (up to 19 at a special school) who live in Seabourne or have a Seabourne GP.",
    accessMethod: "referral",
    referralRoute:
      "Parents of children under 5 can refer using our online form or at a drop-in. For school-age children, a school SENCO, GP, health visitor or paediatrician can refer.",
    referralUrl: "https://www.seabourne.example.nhs.uk/salt/referral",
    waitingTime: "Usually 12 to 18 weeks for a first appointment",
    url: "https://www.seabourne.example.nhs.uk/salt",
    email: "salt@seabourne.example.nhs.uk",
    minimumAge: 0,
    maximumAge: 18,
    costType: "free",
    categories: ["health"],
    needs: ["speech-language", "autism", "hearing", "learning-disability", "complex-medical"],
    areas: ["whole"],
    contacts: [
      {
        title: "Clinic receptionist",
        email: "salt@seabourne.example.nhs.uk",
        phones: [{ number: "01632 960 310", description: "Monday to Friday, 9am to 4pm" }],
      },
    ],
    locations: [venue.childDevelopmentCentre, venue.marshEndHealthCentre, venue.southcliffeHealthCentre],
    schedules: [
      { byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "16:30", description: "Appointments only" },
    ],
    languages: [english, polish, urdu],
    sendAnswers: {
      identifying_needs:
        "A therapist assesses your child through play, talking and looking at pictures, and asks you and school about everyday communication.",
      involving_families:
        "You are part of every session. We show you activities you can slip into everyday routines like bath time and shopping.",
      reviewing_progress:
        "We set targets together and review them at the end of each block of therapy, usually every 6 to 8 weeks.",
      approach:
        "Play-based therapy, signing and symbols, communication aids for children who do not use speech, and training for school staff.",
      staff_training:
        "All therapists are registered with the Health and Care Professions Council (HCPC). Several specialise in autism, stammering and eating and drinking.",
      accessibility: "Clinics are step-free with accessible toilets. We can see some children at school or at home.",
      transitions: "We write a handover report when a child moves school and advise colleges and adult services at 18.",
      working_with_others:
        "Schools, the resource base at Thornby Primary, the Early Years Inclusion Team, audiology and the EHCP team.",
      complaints:
        "Speak to your therapist or the team leader. You can also contact the trust's Patient Advice and Liaison Service (PALS) on 01632 960 100.",
    },
    tags: ["parents", "SALT"],
    lastCheckedAt: "2026-08-12",
  },
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "chatterbox-speech-and-language-drop-in",
    name: "Chatterbox speech and language drop-in",
    summary:
      "A friendly drop-in where you can talk to a speech and language therapist about your young child's talking. No appointment or referral needed.",
    description: paras(
      "If you are wondering whether your toddler or pre-school child is talking enough, or you find their speech hard to understand, pop in to Chatterbox. A speech and language therapist will chat with you, play with your child and give you ideas to try at home.",
      "If your child needs more help, the therapist can refer them to our speech and language therapy service there and then, so you do not need to see your GP first.",
      "Drop-ins are held at each family hub. Brothers and sisters are welcome.",
    ),
    whoFor: "Parents and carers of children aged 0 to 4, and children not yet at school.",
    easyRead: easyRead(
      "Chatterbox is for young children who are learning to talk.",
      "It is for children aged 0 to 4.",
      "You can talk to a speech and language therapist about your child.",
      "The therapist will play with your child.",
      "You will get ideas to try at home.",
      "You do not need to book.",
      "You do not need a letter from your doctor.",
      "It is free.",
      "Brothers and sisters can come too.",
      "It is at the family hubs in Thornby, Hollins Park and Southcliffe.",
    ),
    accessMethod: "drop_in",
    url: "https://www.seabourne.example.nhs.uk/salt/chatterbox",
    email: "salt@seabourne.example.nhs.uk",
    minimumAge: 0,
    maximumAge: 4,
    costType: "free",
    categories: ["health"],
    needs: ["speech-language", "hearing", "autism"],
    areas: ["north", "central", "south"],
    contacts: [
      { title: "Clinic receptionist", email: "salt@seabourne.example.nhs.uk", phones: [{ number: "01632 960 310" }] },
    ],
    locations: [venue.thornbyFamilyHub, venue.hollinsParkFamilyHub, venue.southcliffeFamilyHub],
    schedules: [
      {
        byday: ["TU"],
        opensAt: "09:30",
        closesAt: "11:30",
        description: "Drop-in, no appointment needed",
        locationName: "Thornby Family Hub",
      },
      {
        byday: ["TH"],
        opensAt: "13:30",
        closesAt: "15:30",
        description: "Drop-in, no appointment needed",
        locationName: "Hollins Park Family Hub",
      },
      {
        byday: ["FR"],
        opensAt: "09:30",
        closesAt: "11:30",
        description: "Drop-in, no appointment needed",
        locationName: "Southcliffe Family Hub",
      },
    ],
    languages: [english, polish],
    sendAnswers: {
      identifying_needs: "The therapist watches your child play and asks about the words and sounds they use at home.",
      involving_families: "Parents lead the conversation. You will leave with two or three simple ideas to try.",
      accessibility: "All three hubs are step-free with accessible toilets and space for buggies.",
      working_with_others: "Health visitors, family hub staff and the Early Years Inclusion Team.",
    },
    tags: ["parents", "toddlers", "drop-in"],
    lastCheckedAt: "2026-10-21",
  },
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "childrens-occupational-therapy",
    name: "Children's occupational therapy",
    summary:
      "NHS occupational therapy (OT) helps children manage everyday tasks such as dressing, eating, handwriting and play, and advises on sensory needs and equipment.",
    description: paras(
      "Occupational therapists help children do the everyday things that matter to them. That could be getting dressed, using a knife and fork, holding a pencil, riding a bike or coping with busy, noisy places.",
      "We assess your child and agree goals with you. Support might be a short block of therapy, a home or school programme, advice on sensory needs, or specialist seating and equipment.",
      "For help with adaptations to your home, such as a ramp or level-access shower, contact the council's Children's Home Adaptations team.",
    ),
    whoFor:
      "Children and young people aged 0 to 18 with a Seabourne GP whose disability or condition makes everyday tasks hard.",
    accessMethod: "referral",
    referralRoute:
      "A GP, paediatrician, school SENCO, health visitor or other health professional can refer using the trust's children's therapy referral form.",
    referralUrl: "https://www.seabourne.example.nhs.uk/ot/referral",
    waitingTime: "Usually 16 to 20 weeks for a first appointment",
    url: "https://www.seabourne.example.nhs.uk/ot",
    email: "childrens.ot@seabourne.example.nhs.uk",
    minimumAge: 0,
    maximumAge: 18,
    costType: "free",
    categories: ["health"],
    needs: ["physical", "sensory", "autism", "learning-disability", "complex-medical"],
    areas: ["whole"],
    contacts: [
      {
        title: "Therapy administrator",
        email: "childrens.ot@seabourne.example.nhs.uk",
        phones: [{ number: "01632 960 320" }],
      },
    ],
    locations: [venue.childDevelopmentCentre],
    schedules: [
      { byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:30", closesAt: "16:30", description: "Appointments only" },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "We observe your child doing everyday tasks and use standard assessments of movement, co-ordination and sensory processing.",
      involving_families: "Goals are set with you and your child, so therapy works on what matters most at home.",
      approach: "Short blocks of therapy, home and school programmes, sensory strategies and equipment.",
      staff_training: "All therapists are HCPC registered. Several have postgraduate training in sensory integration.",
      accessibility:
        "The Child Development Centre is on one level, with a Changing Places toilet and a quiet waiting room.",
      effectiveness:
        "We measure progress against the goals you set at the start and ask for your feedback at discharge.",
      complaints: "Speak to your therapist or the team lead, or contact PALS on 01632 960 100.",
    },
    tags: ["parents", "OT"],
    lastCheckedAt: "2026-07-07",
  },
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "childrens-physiotherapy",
    name: "Children's physiotherapy",
    summary:
      "NHS physiotherapy for babies, children and young people with movement difficulties, such as late walking, cerebral palsy or muscle conditions.",
    description: paras(
      "Children's physiotherapists help children move as well and as comfortably as they can. We see babies who are slow to roll, sit or walk, children with conditions like cerebral palsy or muscular dystrophy, and young people recovering from surgery.",
      "Therapy may include exercises, stretches, splints and standing frames, advice on posture and seating, and hydrotherapy. We work in clinics, at home and in schools, including Southcliffe Bay School.",
    ),
    whoFor: "Children and young people aged 0 to 18 with a Seabourne GP who have difficulty with movement or posture.",
    accessMethod: "referral",
    referralRoute:
      "A GP, paediatrician, health visitor or school nurse can refer. Parents of children already known to the team can call directly.",
    referralUrl: "https://www.seabourne.example.nhs.uk/physio/referral",
    waitingTime: "Usually 8 to 12 weeks; babies are seen sooner",
    url: "https://www.seabourne.example.nhs.uk/physio",
    email: "childrens.physio@seabourne.example.nhs.uk",
    minimumAge: 0,
    maximumAge: 18,
    costType: "free",
    categories: ["health"],
    needs: ["physical", "complex-medical"],
    areas: ["whole"],
    contacts: [
      {
        title: "Therapy administrator",
        email: "childrens.physio@seabourne.example.nhs.uk",
        phones: [{ number: "01632 960 325" }],
      },
    ],
    locations: [venue.childDevelopmentCentre, venue.southcliffeBaySchool],
    schedules: [
      { byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:30", closesAt: "16:30", description: "Appointments only" },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "A physiotherapist assesses your child's movement, strength and posture, and asks what you would like them to be able to do.",
      approach: "Play-based exercise, home programmes, orthotics and 24-hour postural care.",
      staff_training: "All physiotherapists are HCPC registered, with specialist paediatric training.",
      accessibility: "Clinics are step-free with hoists and Changing Places toilets.",
      transitions: "We refer to adult physiotherapy from 17 and hold a joint handover appointment.",
      working_with_others: "The wheelchair service, orthotics, occupational therapy and special schools.",
    },
    tags: ["parents", "physio"],
    lastCheckedAt: "2026-05-12",
  },
  {
    organisation: "coastline-mental-health-nhs-foundation-trust",
    slug: "seabourne-camhs",
    name: "Seabourne CAMHS (children and young people's mental health service)",
    summary:
      "NHS mental health support for children and young people with anxiety, low mood, self-harm, eating difficulties and other emotional problems that get in the way of everyday life.",
    description: paras(
      "CAMHS stands for Child and Adolescent Mental Health Services. We help children and young people who are struggling with their mental health, for example feeling anxious or worried most of the time, very low mood, self-harm, eating difficulties or the effects of trauma.",
      "After a first conversation we will agree what might help. This could be talking therapy, family work, group sessions, or medication alongside therapy. We also support autistic children and children with a learning disability whose mental health is suffering.",
      "If you are worried about your child's safety right now, call the 24-hour crisis line on 0808 157 0999, or 999 in an emergency.",
    ),
    whoFor:
      "Children and young people aged 0 to 18 with a Seabourne GP who have moderate to severe mental health difficulties.",
    accessMethod: "referral",
    referralRoute:
      "A GP, school, school nurse or other professional can refer. Young people aged 14 and over, and parents, can also refer themselves using the online form.",
    referralUrl: "https://www.coastline.example.nhs.uk/camhs/referral",
    waitingTime:
      "Urgent referrals are seen within 1 week. Routine referrals usually wait 14 to 18 weeks for a first appointment.",
    url: "https://www.coastline.example.nhs.uk/camhs",
    email: "camhs.seabourne@coastline.example.nhs.uk",
    minimumAge: 0,
    maximumAge: 18,
    costType: "free",
    categories: ["health"],
    needs: ["semh", "autism", "adhd", "learning-disability"],
    areas: ["whole"],
    contacts: [
      {
        title: "CAMHS duty worker",
        email: "camhs.seabourne@coastline.example.nhs.uk",
        phones: [
          { number: "01632 960 400", description: "Monday to Friday, 9am to 5pm" },
          { number: "0808 157 0999", description: "24-hour crisis line" },
        ],
      },
    ],
    locations: [venue.communityHealthHub],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR"],
        opensAt: "09:00",
        closesAt: "17:00",
        description: "Appointments, with some evening sessions on Tuesdays",
      },
    ],
    languages: [english, polish, urdu],
    sendAnswers: {
      identifying_needs:
        "A clinician meets you and your child for a choice appointment to understand what is happening and what you want to change.",
      involving_families:
        "Young people are asked what they want to work on. Parents are involved as much as the young person is happy with.",
      approach:
        "Therapies are adapted for autistic young people and those with a learning disability, for example using visual materials and shorter sessions.",
      wellbeing:
        "We offer groups for anxiety and low mood where young people meet others going through similar things.",
      staff_training:
        "Our team includes psychiatrists, psychologists, nurses and therapists. All staff have autism and learning disability training.",
      accessibility: "Quiet waiting area, appointments by video if you prefer, and interpreters free of charge.",
      transitions:
        "From 17 we plan with you and adult mental health services, or your GP, so support does not just stop.",
      working_with_others:
        "Schools, the Mental Health Support Team in schools, Mindspace Seabourne and the neurodevelopmental pathway.",
      complaints: "Talk to your clinician or team manager, or contact the trust's PALS team on 01632 960 450.",
    },
    tags: ["young people", "parents", "mental health"],
    lastCheckedAt: "2026-09-03",
  },
  {
    organisation: "coastline-mental-health-nhs-foundation-trust",
    slug: "crisis-line-for-children-and-young-people",
    name: "24-hour mental health crisis line for children and young people",
    summary:
      "A free phone line, open day and night, for children and young people in a mental health crisis and for parents who are worried about them.",
    description: paras(
      "If you or your child feel overwhelmed, unsafe, or unable to cope, you can call us any time of day or night. A trained mental health worker will listen, help you stay safe and agree what happens next.",
      "You do not need to be known to CAMHS to call. We can arrange an urgent assessment, a home visit from the crisis team, or help you get to A&E if that is the safest place.",
      "In a life-threatening emergency, call 999.",
    ),
    whoFor: "Children and young people aged 0 to 18 in Seabourne, and their parents and carers.",
    accessMethod: "self_refer",
    url: "https://www.coastline.example.nhs.uk/crisis",
    minimumAge: 0,
    maximumAge: 18,
    costType: "free",
    categories: ["health", "advice"],
    needs: ["semh"],
    areas: ["whole"],
    contacts: [
      {
        title: "Crisis line",
        phones: [{ number: "0808 157 0999", description: "Free, 24 hours a day, 7 days a week" }],
      },
    ],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
        opensAt: "00:00",
        closesAt: "23:59",
        description: "Open 24 hours",
      },
    ],
    languages: [english],
    tags: ["young people", "parents", "crisis"],
    lastCheckedAt: "2026-10-28",
  },
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "neurodevelopmental-pathway-autism-adhd-assessment",
    name: "Neurodevelopmental pathway: autism and ADHD assessment",
    summary:
      "The NHS team that assesses children and young people for autism and ADHD (attention deficit hyperactivity disorder). You do not need a diagnosis to get support while you wait.",
    description: paras(
      "If you, your child's school or your GP think your child might be autistic or have ADHD, they can be referred to the neurodevelopmental pathway. A team of paediatricians, psychologists and speech and language therapists will gather information from home and school and see your child.",
      "We know the wait is long. While you wait, your child's school must still support their needs, and you can go to parent workshops about sleep, behaviour and communication run by the family hubs and Tide Turners. Young people who were told years ago they had Asperger's syndrome do not need to be assessed again.",
      "After the assessment we will explain the outcome, give you a written report and point you to support.",
    ),
    whoFor: "Children and young people aged 2 to 18 with a Seabourne GP who may be autistic or have ADHD.",
    accessMethod: "referral",
    referralRoute:
      "Referrals come from a school SENCO (with information from home and school), a GP, a paediatrician or CAMHS. Parents cannot refer directly, but the school SENCO can help you start.",
    referralUrl: "https://www.seabourne.example.nhs.uk/neurodevelopmental/referral",
    waitingTime: "Currently around 18 to 24 months from referral to assessment",
    url: "https://www.seabourne.example.nhs.uk/neurodevelopmental",
    email: "ndpathway@seabourne.example.nhs.uk",
    minimumAge: 2,
    maximumAge: 18,
    costType: "free",
    categories: ["health"],
    needs: ["autism", "adhd", "speech-language", "sensory"],
    areas: ["whole"],
    contacts: [
      {
        title: "Pathway co-ordinator",
        email: "ndpathway@seabourne.example.nhs.uk",
        phones: [{ number: "01632 960 330" }],
      },
    ],
    locations: [venue.childDevelopmentCentre],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "16:30" }],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "We use questionnaires from home and school, a developmental history with you, observation and standard assessment tools.",
      involving_families:
        "You can send us videos and notes about your child at home. We share the report with you before it goes to anyone else.",
      accessibility:
        "We can offer a first or last appointment of the day when the building is quieter, and a quiet waiting room.",
      working_with_others:
        "Schools, CAMHS, speech and language therapy, the sleep service and Tide Turners Autism Support.",
      effectiveness: "We ask every family for feedback and publish our waiting times each month.",
      complaints: "Contact the pathway co-ordinator or PALS on 01632 960 100.",
    },
    tags: ["parents", "diagnosis"],
    lastCheckedAt: "2026-10-14",
  },
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "childrens-sleep-service",
    name: "Children's sleep service",
    summary:
      "Help for families whose child can't sleep, wakes in the night or finds bedtime a battle, especially disabled and neurodivergent children. Start with a free sleep workshop.",
    description: paras(
      "When your child can't sleep, nobody in the house sleeps. Sleep problems are very common in autistic children and children with ADHD, learning disabilities or complex health needs, and there are things that can help.",
      "Start by booking a free two-hour sleep workshop, online or at a family hub. You will learn about bedtime routines, the bedroom, screens, food and what to do about night waking. If things are still hard after trying the ideas for a few weeks, our sleep practitioners can offer one-to-one support at home or by phone.",
      "We can also advise about medication (such as melatonin) by working with your child's paediatrician.",
    ),
    whoFor:
      "Parents and carers of children aged 2 to 18 with SEND who have a Seabourne GP and whose child has ongoing sleep problems.",
    accessMethod: "self_refer",
    eligibility: "Families must attend a sleep workshop before one-to-one support.",
    waitingTime: "Workshops run monthly. One-to-one support usually starts within 8 to 10 weeks.",
    url: "https://www.seabourne.example.nhs.uk/sleep",
    email: "sleep@seabourne.example.nhs.uk",
    minimumAge: 2,
    maximumAge: 18,
    costType: "free",
    categories: ["health"],
    needs: ["autism", "adhd", "learning-disability", "sensory", "complex-medical"],
    areas: ["whole"],
    contacts: [
      { title: "Sleep practitioner", email: "sleep@seabourne.example.nhs.uk", phones: [{ number: "01632 960 335" }] },
    ],
    locations: [venue.hollinsParkFamilyHub, venue.thornbyFamilyHub],
    schedules: [
      {
        byday: ["TU"],
        opensAt: "10:00",
        closesAt: "12:00",
        freq: "MONTHLY",
        description: "Sleep workshop, first Tuesday of the month",
        locationName: "Hollins Park Family Hub",
      },
      {
        byday: ["WE"],
        opensAt: "19:00",
        closesAt: "21:00",
        freq: "MONTHLY",
        description: "Online evening sleep workshop, third Wednesday of the month",
      },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs: "You keep a two-week sleep diary so we can spot patterns together.",
      involving_families: "We plan changes you feel able to make, one step at a time, and check in by phone each week.",
      approach:
        "Calm bedtime routines, visual bedtime charts, changes to the bedroom and gradual ways of reducing night waking.",
      staff_training:
        "Sleep practitioners are trained by a national children's sleep charity and have worked with disabled children for many years.",
      effectiveness: "We compare sleep diaries at the start and end, and ask how the whole family is sleeping.",
    },
    tags: ["parents", "sleep"],
    lastCheckedAt: "2026-09-18",
  },
];

// Education listings: hospital and home education, school transport, college and preschool places.
import { type DemoService, paras, english, polish } from "./common";
import { venue } from "./venues";

export const educationSettingsAndTransport: DemoService[] = [
  {
    organisation: "the-harbour-school",
    slug: "hospital-and-home-education",
    name: "Hospital and home education (The Harbour School)",
    summary:
      "Teaching for children who are too ill to go to school, on the children's ward at Seabourne General Hospital, at home or in our small teaching rooms.",
    description: paras(
      "If your child is in hospital, or too ill to go to school for 15 days or more, they still have a right to an education. Our teachers keep their learning going and stay in touch with their usual school.",
      "We teach on the children's ward every weekday. For children at home, we offer home teaching, online lessons or small group teaching at our base on the hospital site. This includes children who cannot attend school because of severe anxiety, if a doctor supports it.",
      "The aim is always to help your child get back to their own school when they are ready.",
    ),
    whoFor:
      "Children and young people aged 5 to 16 who live in Seabourne or are in Seabourne General Hospital and cannot attend school because of physical or mental health needs.",
    accessMethod: "referral",
    referralRoute:
      "Your child's school makes the referral, with medical evidence from a consultant, paediatrician or CAMHS. On the children's ward, ward staff will introduce us.",
    referralUrl: "https://harbourschool.example.org/referrals",
    eligibility:
      "Children who are expected to miss 15 or more school days because of a health need, with medical evidence.",
    url: "https://harbourschool.example.org",
    email: "office@harbourschool.example.org",
    minimumAge: 5,
    maximumAge: 16,
    costType: "free",
    categories: ["education", "health"],
    needs: ["complex-medical", "semh", "physical"],
    areas: ["whole"],
    contacts: [
      { title: "School office", email: "office@harbourschool.example.org", phones: [{ number: "01632 960 860" }] },
    ],
    locations: [venue.generalHospital],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "15:00", termTimeOnly: true }],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "We meet your child and read information from their school and doctors to plan teaching around their health.",
      approach: "Short sessions, flexible timetables and online lessons on days when energy is low.",
      wellbeing: "Small groups help children who have been isolated by illness to rebuild confidence and friendships.",
      reviewing_progress: "We review each child's plan every 6 weeks with the family and home school.",
      transitions:
        "A gradual return plan agreed with your child's school, with our staff supporting the first visits back.",
      working_with_others: "Hospital paediatric teams, CAMHS, children's community nursing and every Seabourne school.",
    },
    tags: ["parents", "hospital"],
    lastCheckedAt: "2026-01-20",
  },
  {
    organisation: "seabourne-council",
    slug: "send-home-to-school-transport",
    name: "SEND home to school transport",
    summary:
      "Free transport to school or college for some children and young people with SEND who cannot walk or use public transport, such as a taxi, minibus or a travel allowance.",
    description: paras(
      "Some children with SEND can get free transport between home and school. This may be a shared taxi or minibus with a passenger assistant, a bus pass or a mileage allowance so you can drive your child yourself.",
      "We look at your child's needs and how far they live from the nearest suitable school. You need to apply each time your child starts a new school. Young people aged 16 to 25 can apply for post-16 transport help, which may include a contribution towards the cost.",
      "We also offer independent travel training so young people can learn to travel on their own when they are ready.",
    ),
    whoFor: "Children and young people aged 4 to 25 with SEND who live in Seabourne.",
    accessMethod: "self_refer",
    eligibility:
      "Depends on your child's needs, the distance to school and whether it is the nearest suitable school. The full policy is on our website.",
    waitingTime: "Apply by 31 May for a September start. Other applications take up to 20 working days.",
    url: "https://www.seabourne.gov.uk/send/transport",
    email: "sendtransport@seabourne.gov.uk",
    minimumAge: 4,
    maximumAge: 25,
    costType: "ask",
    categories: ["education"],
    needs: ["physical", "complex-medical", "learning-disability", "autism"],
    areas: ["whole"],
    contacts: [
      {
        title: "SEND transport officer",
        email: "sendtransport@seabourne.gov.uk",
        phones: [{ number: "01632 960 250" }],
      },
    ],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:00", closesAt: "17:00" }],
    languages: [english],
    sendAnswers: {
      approach:
        "Passenger assistants are told about each child's needs, and we try to keep the same driver so children know who to expect.",
      staff_training:
        "All drivers and passenger assistants have safeguarding, disability awareness and first aid training.",
      complaints:
        "Contact the SEND transport team first. If you are not happy with a decision you can ask for a review and then appeal.",
      transitions: "When your child changes school, we arrange a meet-the-driver visit where possible.",
    },
    tags: ["parents", "school transport"],
    lastCheckedAt: "2026-06-03",
  },
  {
    organisation: "seabourne-college",
    slug: "seabourne-college-foundation-learning",
    name: "Foundation Learning at Seabourne College",
    summary:
      "College courses for 16 to 25 year olds with learning difficulties or disabilities, focusing on English, maths, life skills and getting ready for work.",
    description: paras(
      "Foundation Learning courses are for young people who are not yet ready for a vocational course. Classes are small and teaching is practical: cooking, handling money, using the bus, looking after yourself and trying out different kinds of work.",
      "There are three levels, so students can move up as their confidence grows. Many go on to our supported internships or mainstream courses.",
      "Come to an open evening or ask for a quiet visit when the college is less busy. The learner support team will meet you before you start.",
    ),
    whoFor: "Young people aged 16 to 25 with learning difficulties or disabilities, with or without an EHCP.",
    accessMethod: "self_refer",
    eligibility: "Aged 16 to 24 on 31 August in the year you start (up to 25 with an EHCP).",
    url: "https://seabournecollege.example.org/foundation-learning",
    email: "learnersupport@seabournecollege.example.org",
    minimumAge: 16,
    maximumAge: 25,
    costType: "free",
    categories: ["education", "adulthood"],
    needs: ["learning-disability", "autism", "speech-language", "semh"],
    areas: ["central", "whole"],
    contacts: [
      {
        title: "Learner support adviser",
        email: "learnersupport@seabournecollege.example.org",
        phones: [{ number: "01632 960 710" }],
      },
    ],
    locations: [venue.seabourneCollege],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH"],
        opensAt: "09:30",
        closesAt: "15:00",
        termTimeOnly: true,
        description: "Four days a week",
      },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "We read your EHCP or school reports and meet you before you start. You do a short, friendly assessment in English and maths.",
      involving_families:
        "Students set their own goals. Parents are invited to review meetings if the student wants them there.",
      reviewing_progress: "Tutors review progress every term and we hold EHCP annual reviews at college.",
      approach: "Practical, hands-on learning in small groups, with a learning support assistant in every class.",
      wellbeing: "A quiet room, a lunchtime social club and a college counsellor.",
      accessibility: "The campus is step-free with lifts, a Changing Places toilet and a quiet study room.",
      transitions:
        "Link days for Year 11 students in the summer term, and help moving on to work, internships or adult services.",
      effectiveness:
        "We track where students go after college and how many move into work, volunteering or further study.",
      complaints:
        "Speak to your tutor or the learner support manager. The college complaints policy is on the website.",
    },
    tags: ["young people", "college"],
    lastCheckedAt: "2026-03-26",
  },
  {
    organisation: "seabourne-council",
    slug: "sunbeams-inclusive-preschool-places",
    name: "Inclusive pre-school places at Sunbeams",
    summary:
      "A small, friendly pre-school in Pennock Sands with extra staff for children with additional needs. Funded hours for eligible 2, 3 and 4 year olds.",
    description: paras(
      "Sunbeams is a council-supported pre-school in St Peter's Church Hall with 24 places, several kept for children with SEND. The extra staffing means children who need more help with play, talking or toileting get it.",
      "Most children can get 15 or 30 hours of funded childcare a week. Extra hours are charged at an hourly rate.",
    ),
    whoFor: "Children aged 2 to 4 in the south of Seabourne, especially those with additional needs.",
    accessMethod: "self_refer",
    url: "https://www.seabourne.gov.uk/childcare/sunbeams",
    email: "sunbeams@seabourne.gov.uk",
    minimumAge: 2,
    maximumAge: 4,
    costType: "paid",
    costOptions: [
      {
        option: "Funded hours for eligible children",
        amount: 0,
        amountDescription: "15 or 30 hours a week free, depending on eligibility",
      },
      { option: "Extra hours", amount: 5.5, amountDescription: "£5.50 per hour" },
    ],
    categories: ["education"],
    needs: ["speech-language", "autism", "physical", "sensory"],
    areas: ["south"],
    contacts: [
      { title: "Pre-school manager", email: "sunbeams@seabourne.gov.uk", phones: [{ number: "01632 960 871" }] },
    ],
    locations: [venue.stPetersHall],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:45", closesAt: "15:15", termTimeOnly: true }],
    languages: [english, polish],
    sendAnswers: {
      identifying_needs:
        "Every child has a key person who gets to know them well. We complete the two-year progress check with you and your health visitor.",
      approach: "Small groups, picture timetables, Makaton signing and plenty of outdoor and messy play.",
      staff_training: "Our SENCO has early years SEN training. All staff know Makaton and have paediatric first aid.",
      transitions: "We meet your child's new school and arrange extra visits before they start reception.",
    },
    tags: ["parents", "early years", "childcare"],
    lastCheckedAt: "2025-11-18",
  },
];

// Preparing for adulthood listings: internships, job coaching, travel training, independent living, transition, groups.
import { type DemoService, paras, english, bsl, easyRead } from "./common";
import { venue } from "./venues";

export const adulthood: DemoService[] = [
  {
    organisation: "seabourne-college",
    slug: "supported-internships",
    name: "Supported internships at Seabourne College",
    summary:
      "A one-year work-based programme for young people with an EHCP who want to get a job. Most of the week is spent on work placements with a job coach.",
    description: paras(
      "A supported internship is a way into paid work for young people with learning difficulties or disabilities. Interns spend three or four days a week on a real work placement, such as at Seabourne General Hospital, the Civic Centre, a hotel on the seafront or a supermarket, with a job coach to help them learn the role.",
      "One day a week is spent at college working on English, maths and employability skills such as interviews, CVs and travelling to work. The aim is a paid job at the end of the year. Some interns go on to an apprenticeship.",
      "Come to an information evening to find out more. You can also talk about supported internships at your Year 11 or post-16 EHCP review.",
    ),
    whoFor: "Young people aged 16 to 24 with an EHCP who want to move into paid work.",
    accessMethod: "self_refer",
    eligibility: "Aged 16 to 24 with an EHCP and a wish to get a paid job.",
    url: "https://seabournecollege.example.org/supported-internships",
    email: "internships@seabournecollege.example.org",
    minimumAge: 16,
    maximumAge: 24,
    costType: "free",
    categories: ["adulthood", "education"],
    needs: ["learning-disability", "autism", "speech-language", "semh"],
    areas: ["whole"],
    contacts: [
      {
        title: "Supported internships co-ordinator",
        email: "internships@seabournecollege.example.org",
        phones: [{ number: "01632 960 715" }],
      },
    ],
    locations: [venue.seabourneCollege],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR"],
        opensAt: "09:00",
        closesAt: "15:30",
        termTimeOnly: true,
        description: "Work placements and one college day a week",
      },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "We meet each young person to find out about their interests and what kind of work they would like to try.",
      involving_families: "Parents are invited to a start-of-year meeting and termly reviews with the intern.",
      approach:
        "Job coaches break tasks into steps, use checklists and photos, and gradually step back as interns gain confidence.",
      reviewing_progress:
        "Interns review their progress with their job coach every week, and at a formal review each term.",
      transitions:
        "We help interns apply for jobs and keep in touch for 6 months after the course to help them settle in.",
      working_with_others:
        "Local employers, Step Forward Employment job coaches, the travel training team and the transition team.",
      effectiveness: "Last year 7 out of 12 interns got a paid job by the end of the programme.",
    },
    tags: ["young people", "jobs", "work experience"],
    lastCheckedAt: "2026-09-01",
  },
  {
    organisation: "step-forward-employment",
    slug: "step-forward-job-coaching",
    name: "Step Forward job coaching",
    summary:
      "Free one-to-one job coaching for young disabled people aged 16 to 25 who want help getting a job, work experience or an apprenticeship, and keeping it.",
    description: paras(
      "Getting a job can feel impossible if you have a learning disability, autism, ADHD or mental health needs. Our job coaches work with you one-to-one to find out what you are good at and what kind of work you would enjoy.",
      "We help with CVs, application forms, interview practice and finding work experience or an apprenticeship. Once you start work, your job coach can come in with you to help you learn the job and talk to your employer about any changes that would help.",
      "The service is free for Seabourne young people because it is paid for by Seabourne Council.",
    ),
    whoFor: "Young people aged 16 to 25 with SEND who live in Seabourne and want to work.",
    accessMethod: "self_refer",
    url: "https://stepforward.example.org",
    email: "hello@stepforward.example.org",
    minimumAge: 16,
    maximumAge: 25,
    costType: "free",
    categories: ["adulthood"],
    needs: ["learning-disability", "autism", "adhd", "semh"],
    areas: ["whole"],
    contacts: [{ title: "Job coach", email: "hello@stepforward.example.org", phones: [{ number: "01632 960 810" }] }],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR"],
        opensAt: "09:00",
        closesAt: "17:00",
        description: "Meetings by appointment, in town or at your workplace",
      },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs: "Your job coach gets to know you through chats, tasters and work trials.",
      approach:
        "We find jobs that fit your strengths, and help employers make small changes like written instructions or a quiet break space.",
      wellbeing:
        "We keep in touch regularly, especially in the first few months of a new job when things can feel worrying.",
      effectiveness: "Last year we helped 38 young people into paid work or an apprenticeship.",
      complaints: "Contact the service manager at hello@stepforward.example.org.",
    },
    tags: ["young people", "jobs", "apprenticeships"],
    lastCheckedAt: "2026-10-26",
  },
  {
    organisation: "seabourne-council",
    slug: "independent-travel-training",
    name: "Independent travel training",
    summary:
      "One-to-one training that teaches young people with SEND to travel on their own safely, by walking, bus or train, to school, college or work.",
    description: paras(
      "Being able to get the bus on your own opens up college, work and seeing friends. Our travel trainers work one-to-one with young people, practising the same journey together until they can do it alone.",
      "We cover planning the route, buying a ticket, what to do if the bus does not come, staying safe and asking for help. Training usually takes 6 to 12 weeks.",
      "Young people who complete training can keep their free bus pass and may no longer need SEND transport, which gives them more freedom.",
    ),
    whoFor: "Young people aged 11 to 25 with SEND who live in Seabourne and could learn to travel independently.",
    easyRead: easyRead(
      "Travel training helps young people learn to travel on their own.",
      "It is for young people aged 11 to 25 with special needs or disabilities.",
      "You can learn to walk, or to take the bus or train.",
      "A trainer goes on the journey with you.",
      "You practise the same journey again and again.",
      "You learn to buy a ticket and stay safe.",
      "You learn what to do if the bus does not come.",
      "It usually takes 6 to 12 weeks.",
      "It is free.",
      "Your school, college or parent can ask for a place for you.",
      "You may wait 4 to 8 weeks to start.",
    ),
    accessMethod: "referral",
    referralRoute:
      "Schools, colleges, social workers, the SEND transport team or parents can refer using the online form.",
    referralUrl: "https://www.seabourne.gov.uk/send/travel-training-referral",
    waitingTime: "Usually 4 to 8 weeks",
    url: "https://www.seabourne.gov.uk/send/travel-training",
    email: "traveltraining@seabourne.gov.uk",
    minimumAge: 11,
    maximumAge: 25,
    costType: "free",
    categories: ["adulthood"],
    needs: ["learning-disability", "autism", "vision", "semh", "hearing"],
    areas: ["whole"],
    contacts: [
      { title: "Travel trainer", email: "traveltraining@seabourne.gov.uk", phones: [{ number: "01632 960 255" }] },
    ],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR"],
        opensAt: "07:30",
        closesAt: "18:00",
        description: "Training sessions at the times the young person travels",
      },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs: "We meet the young person and family to check they are ready, and agree a route to learn.",
      approach:
        "Step-by-step training with photo route cards and a phone app, slowly stepping back until the young person travels alone.",
      reviewing_progress:
        "We check in after every session and give a final sign-off once the young person travels safely alone.",
      staff_training:
        "Trainers are trained in road safety, safeguarding and supporting young people with autism and learning disabilities.",
      transitions: "Many young people do travel training in Year 11 or before starting college or a job.",
      effectiveness:
        "Nine out of ten young people who finish training are still travelling independently a year later.",
    },
    tags: ["young people", "travel", "bus"],
    lastCheckedAt: "2026-05-19",
  },
  {
    organisation: "seabourne-mencap",
    slug: "independent-living-skills-project",
    name: "Independent living skills project",
    summary:
      "Practical courses in a training flat in Marsh End where young adults learn to cook, clean, budget and look after a home, ready for independent living.",
    description: paras(
      "Many young people want their own place one day. Our independent living skills project helps young adults with a learning disability or autism learn what it takes, at their own pace.",
      "Sessions take place in a real flat at Harbourside Court. Young people plan meals, shop on a budget, cook, do the washing, pay bills, and learn what to do if something goes wrong. Some young people later move into supported living at Harbourside Court or elsewhere.",
      "Young people can come for one day a week for a year. We can take referrals from the transition team or families.",
    ),
    whoFor: "Young adults aged 18 to 25 with a learning disability or autism who want to live more independently.",
    accessMethod: "referral",
    referralRoute:
      "Referrals come from the 14 to 25 transition team, a social worker or a college. Families can call us to talk it through first.",
    eligibility:
      "Young people aged 18 to 25 with a learning disability or autism. Places are often funded through adult social care or an EHCP.",
    waitingTime: "New groups start in September and January",
    url: "https://seabournemencap.example.org/independent-living",
    email: "independentliving@seabournemencap.example.org",
    minimumAge: 18,
    maximumAge: 25,
    costType: "ask",
    categories: ["adulthood", "social-care"],
    needs: ["learning-disability", "autism", "physical"],
    areas: ["north"],
    contacts: [
      {
        title: "Independent living skills tutor",
        email: "independentliving@seabournemencap.example.org",
        phones: [{ number: "01632 960 125" }],
      },
    ],
    locations: [venue.harboursideCourt],
    schedules: [{ byday: ["TU", "WE", "TH"], opensAt: "10:00", closesAt: "15:00" }],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "We use a simple independent living checklist with the young person to decide what to learn first.",
      approach: "Hands-on learning in a real flat, with picture recipes, checklists and lots of repetition.",
      reviewing_progress: "Progress is reviewed every 12 weeks with the young person and anyone they want to bring.",
      transitions: "We work with adult social care and housing to plan the move into supported living or a tenancy.",
    },
    tags: ["young adults", "independent living"],
    lastCheckedAt: "2026-02-03",
  },
  {
    organisation: "seabourne-disabled-childrens-service",
    slug: "transition-team-14-to-25",
    name: "Transition team (14 to 25)",
    summary:
      "Social workers and advisers who help disabled young people and their families plan the move from children's to adult services, from Year 9 onwards.",
    description: paras(
      "Turning 18 brings a lot of changes: adult social care, adult health services, benefits and decisions about college, work and where to live. The transition team helps young people with significant disabilities and their families plan ahead, starting at 14.",
      "We go to EHCP reviews from Year 9, carry out the Care Act assessment for adult social care before 18, and help with things like Personal Independence Payment (PIP), mental capacity and who can make decisions.",
      "The aim is a smooth move with no gaps in support.",
    ),
    whoFor: "Disabled young people aged 14 to 25 who are likely to need adult social care, and their families.",
    accessMethod: "referral",
    referralRoute:
      "Young people known to the Disabled Children's Team are referred automatically at 14. Schools, colleges, health workers or families can also refer.",
    referralUrl: "https://www.seabourne.gov.uk/transition-referral",
    url: "https://www.seabourne.gov.uk/transition",
    email: "transition@seabourne.gov.uk",
    minimumAge: 14,
    maximumAge: 25,
    costType: "free",
    categories: ["adulthood", "social-care"],
    needs: ["learning-disability", "complex-medical", "physical", "autism"],
    areas: ["whole"],
    contacts: [
      { title: "Transition worker", email: "transition@seabourne.gov.uk", phones: [{ number: "01632 960 340" }] },
    ],
    locations: [venue.civicCentre],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "17:00" }],
    languages: [english],
    sendAnswers: {
      involving_families: "Plans are made with the young person at the centre, using person-centred planning tools.",
      transitions:
        "We start at 14, carry out adult assessments before 18, and stay involved until the young person is settled in adult services.",
      working_with_others: "Schools, colleges, adult social care, adult health services, housing and the EHCP team.",
      complaints: "Speak to your transition worker or their manager, or use the council's complaints procedure.",
    },
    tags: ["young people", "parents", "transition"],
    lastCheckedAt: "2026-07-01",
  },
  {
    organisation: "seabourne-mencap",
    slug: "friends-together-social-group",
    name: "Friends Together social group",
    summary:
      "A friendly social group in Pennock Sands for young adults who want to make friends, go out and feel less lonely, with support from volunteers.",
    description: paras(
      "Making friends can be hard after leaving school, and many young adults with a learning disability or autism tell us they feel lonely. Friends Together is a relaxed group that meets every week for bowling, pizza, quizzes, walks along the prom and trips to the cinema.",
      "Volunteers help members plan outings, travel together and stay in touch between meetings through a safe group chat. Some members now meet up on their own too.",
    ),
    whoFor:
      "Young adults aged 16 to 25 with a learning disability, autism or mental health needs who would like to make friends.",
    accessMethod: "self_refer",
    url: "https://seabournemencap.example.org/friends-together",
    email: "friends@seabournemencap.example.org",
    minimumAge: 16,
    maximumAge: 25,
    costType: "paid",
    costOptions: [
      { option: "Weekly meeting", amount: 2.5, amountDescription: "£2.50 per week, plus the cost of any outing" },
    ],
    categories: ["adulthood", "leisure"],
    needs: ["learning-disability", "autism", "semh"],
    areas: ["south"],
    contacts: [
      {
        title: "Group co-ordinator",
        email: "friends@seabournemencap.example.org",
        phones: [{ number: "01632 960 126" }],
      },
    ],
    locations: [venue.pennockSandsCommunityCentre],
    schedules: [{ byday: ["MO"], opensAt: "18:30", closesAt: "20:30" }],
    languages: [english],
    sendAnswers: {
      wellbeing: "Members say the group helps them feel less lonely and more confident going out.",
      approach:
        "Members choose what to do each month. Volunteers offer as much or as little support as each person wants.",
      staff_training: "Volunteers have safeguarding training and learning disability awareness training.",
      accessibility: "Step-free centre with a Changing Places toilet.",
    },
    tags: ["young adults", "friends"],
    lastCheckedAt: "2026-03-30",
  },
  // First category is leisure; kept in this section so the listing order stays as it was.
  {
    organisation: "tide-turners-autism-support",
    slug: "teen-connect-autism-social-group",
    name: "Teen Connect: social group for autistic teenagers",
    summary:
      "A small, structured social group for autistic teenagers to make friends over shared interests like gaming, Lego, anime and board games.",
    description: paras(
      "Teen Connect is for autistic young people who would like to make friends but find it hard to know how. Each week there is a shared activity, so nobody has to think of small talk. Some members were diagnosed with Asperger's syndrome when they were younger.",
      "The group has a clear structure, a quiet room and youth workers who are autistic themselves or have lots of experience. A parents' coffee corner runs in the next room at the same time.",
    ),
    whoFor: "Autistic young people aged 13 to 18, with or without a formal diagnosis.",
    accessMethod: "self_refer",
    url: "https://tideturners.example.org/teen-connect",
    email: "hello@tideturners.example.org",
    minimumAge: 13,
    maximumAge: 18,
    costType: "free",
    categories: ["leisure", "adulthood"],
    needs: ["autism", "semh"],
    areas: ["central"],
    contacts: [
      { title: "Group leader", email: "hello@tideturners.example.org", phones: [{ number: "01632 960 050" }] },
    ],
    locations: [venue.laurelStreetHall],
    schedules: [{ byday: ["TH"], opensAt: "17:00", closesAt: "19:00", termTimeOnly: true }],
    languages: [english],
    sendAnswers: {
      approach: "Activity-based sessions with the plan shared in advance, so young people know what to expect.",
      wellbeing: "The group is a low-pressure way of making friends with others who get it.",
      staff_training: "Leaders are autistic adults or youth workers with specialist autism training.",
      involving_families: "A parents' coffee corner runs at the same time, where parents can share tips.",
    },
    tags: ["young people", "friends"],
    lastCheckedAt: "2026-09-17",
  },
  {
    organisation: "pennock-sands-community-association",
    slug: "driftwood-cafe-work-experience",
    name: "Work experience at the Driftwood Café",
    summary:
      "A community café in Pennock Sands where young people with SEND get real work experience in cooking, serving customers and using the till.",
    description: paras(
      "The Driftwood Café is a busy seafront café run as a training café. Young people with SEND work alongside our staff for one or two shifts a week, learning food hygiene, making drinks, serving customers and handling money.",
      "Trainees can gain a food hygiene certificate and a reference, which helps when applying for jobs or an apprenticeship. Placements last 12 weeks and can be part of a college or school programme.",
    ),
    whoFor: "Young people aged 16 to 25 with SEND who want work experience.",
    accessMethod: "self_refer",
    url: "https://pennocksandsca.example.org/driftwood-cafe",
    email: "cafe@pennocksandsca.example.org",
    minimumAge: 16,
    maximumAge: 25,
    costType: "free",
    categories: ["adulthood"],
    needs: ["learning-disability", "autism", "hearing", "semh"],
    areas: ["south"],
    contacts: [
      { title: "Café trainer", email: "cafe@pennocksandsca.example.org", phones: [{ number: "01632 960 020" }] },
    ],
    locations: [venue.driftwoodCafe],
    schedules: [
      { byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:30", closesAt: "14:30", description: "Training shifts" },
    ],
    languages: [english, bsl],
    sendAnswers: {
      approach:
        "Tasks are taught step by step with picture guides, and trainees move on to new jobs as they are ready.",
      staff_training: "Our café trainer has a job coaching qualification. One member of staff is a BSL user.",
      effectiveness: "We track how many trainees move into paid work, college or volunteering.",
      transitions: "We pass trainees on to Step Forward Employment for help finding a paid job.",
    },
    tags: ["young people", "work experience", "jobs"],
    lastCheckedAt: "2026-06-30",
  },
  {
    organisation: "lowther-vale-college",
    slug: "lowther-vale-specialist-college",
    name: "Lowther Vale College (specialist residential college)",
    summary:
      "An independent specialist college near Kendal for young people with complex learning disabilities, offering day and residential places with therapy on site.",
    description: paras(
      "Lowther Vale College is for young people whose needs cannot be met at a local college. Students learn life skills, communication, independent living and work skills, with speech and language therapy, physiotherapy and nursing on site.",
      "Students can live in our residential flats during term time, coming home at weekends and holidays. Places are usually funded through an EHCP and agreed by the council's SEND panel.",
    ),
    whoFor:
      "Young people aged 16 to 25 with complex learning disabilities, autism or physical disabilities and an EHCP.",
    accessMethod: "referral",
    referralRoute:
      "Talk to your SEND caseworker at your Year 11 or post-16 EHCP review. The college will carry out an assessment visit.",
    eligibility: "Young people with an EHCP where the council agrees a local college cannot meet their needs.",
    url: "https://lowthervale.example.org",
    email: "admissions@lowthervale.example.org",
    minimumAge: 16,
    maximumAge: 25,
    costType: "ask",
    categories: ["adulthood", "education"],
    needs: ["learning-disability", "complex-medical", "autism", "physical"],
    areas: ["out_of_area"],
    contacts: [
      {
        title: "Admissions officer",
        email: "admissions@lowthervale.example.org",
        phones: [{ number: "015395 61 480" }],
      },
    ],
    locations: [venue.lowtherVale],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "16:00", termTimeOnly: true }],
    languages: [english],
    sendAnswers: {
      identifying_needs: "We carry out a two-day assessment visit and read the EHCP before offering a place.",
      involving_families: "Families are invited to termly reviews, and students can call home every evening.",
      approach: "Personalised learning programmes focused on communication, independence and work.",
      staff_training:
        "Teachers and support staff have specialist training in complex learning disabilities, and nurses are on site.",
      accessibility: "Step-free campus with Changing Places toilets, ceiling hoists and a hydrotherapy pool.",
      transitions: "From the first year we plan where each student will live and what they will do after college.",
    },
    tags: ["young people", "college"],
    lastCheckedAt: "2025-10-28",
  },
];

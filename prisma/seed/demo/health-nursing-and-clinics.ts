// Health listings: nursing teams, wheelchairs, continence, hearing, eyes, health visiting, private OT, LD checks.
import { type DemoService, paras, english, bsl, polish, urdu, easyRead } from "./common";
import { venue } from "./venues";

export const healthNursingAndClinics: DemoService[] = [
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "school-nursing-team",
    name: "School nursing team",
    summary:
      "School nurses support the health of children and young people aged 5 to 19, including care plans for children with medical needs, bedwetting advice and emotional health.",
    description: paras(
      "Every school in Seabourne has a named school nurse. School nurses can help with health worries such as bedwetting, eating, sleep, puberty and emotional health. They write individual healthcare plans with families and schools for children with conditions like epilepsy, diabetes or severe allergies, and train school staff.",
      "Young people aged 11 to 19 can text a school nurse confidentially for advice. Parents can contact the team directly or through their child's school.",
    ),
    whoFor:
      "Children and young people aged 5 to 19 who go to school in Seabourne or are home educated, and their parents.",
    accessMethod: "self_refer",
    url: "https://www.seabourne.example.nhs.uk/school-nursing",
    email: "schoolnursing@seabourne.example.nhs.uk",
    minimumAge: 5,
    maximumAge: 19,
    costType: "free",
    categories: ["health"],
    needs: ["complex-medical", "semh", "physical"],
    areas: ["whole"],
    contacts: [
      {
        title: "School nursing duty line",
        email: "schoolnursing@seabourne.example.nhs.uk",
        phones: [
          { number: "01632 960 340", description: "Monday to Friday, 9am to 5pm" },
          { number: "07700 900 340", description: "Text a school nurse, for young people aged 11 to 19" },
        ],
      },
    ],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "17:00", termTimeOnly: false }],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "We review health questionnaires at school entry and in Year 7, and see any child a parent or school is worried about.",
      approach:
        "Individual healthcare plans written with the family and school, with staff training on things like epilepsy rescue medicine.",
      wellbeing:
        "School nurses offer confidential one-to-one sessions for worries about mood, anxiety and relationships.",
      working_with_others: "Schools, GPs, children's community nursing, the continence service and CAMHS.",
    },
    tags: ["parents", "young people"],
    lastCheckedAt: "2025-12-02",
  },
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "childrens-wheelchair-service",
    name: "Children's wheelchair service",
    summary:
      "Assessment and provision of NHS wheelchairs, buggies and seating for children and young people who have a long-term difficulty walking.",
    description: paras(
      "If your child has a long-term condition that means they cannot walk far, or at all, we can assess them for a wheelchair or special buggy. We look at their posture, daily routine, home, school and transport so the chair fits their life.",
      "We provide manual and powered wheelchairs, and specialist seating. We also repair and adjust chairs as children grow. You can ask about a personal wheelchair budget, which lets you add money towards a different chair if you prefer.",
    ),
    whoFor:
      "Children and young people aged 0 to 18 with a Seabourne GP and a long-term mobility need (more than 6 months).",
    easyRead: easyRead(
      "This service gives wheelchairs to children who find walking hard.",
      "It is for children who will find walking hard for more than 6 months.",
      "It is for children and young people up to age 18.",
      "We also give special buggies and seats.",
      "We check which chair is right for your child.",
      "We fix chairs and change them as your child grows.",
      "It is free.",
      "Your doctor or therapist needs to ask us to see your child.",
      "You may wait 8 to 12 weeks to be seen.",
      "Call 01632 960 351 if a chair needs fixing.",
    ),
    accessMethod: "referral",
    referralRoute:
      "A GP, physiotherapist, occupational therapist or paediatrician can refer using the wheelchair service referral form.",
    referralUrl: "https://www.seabourne.example.nhs.uk/wheelchairs/referral",
    waitingTime: "Usually 8 to 12 weeks for assessment; urgent needs are seen sooner",
    url: "https://www.seabourne.example.nhs.uk/wheelchairs",
    email: "wheelchairs@seabourne.example.nhs.uk",
    minimumAge: 0,
    maximumAge: 18,
    costType: "free",
    categories: ["health"],
    needs: ["physical", "complex-medical"],
    areas: ["whole"],
    contacts: [
      {
        title: "Wheelchair service receptionist",
        email: "wheelchairs@seabourne.example.nhs.uk",
        phones: [{ number: "01632 960 350" }, { number: "01632 960 351", description: "Repairs line" }],
      },
    ],
    locations: [venue.communityHealthHub],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR"],
        opensAt: "08:30",
        closesAt: "16:30",
        description: "Clinic appointments",
      },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "A therapist and a rehabilitation engineer assess your child together, usually in one long appointment.",
      involving_families: "We ask your child what they want to do in their chair, from school to beach trips.",
      reviewing_progress:
        "We review every child at least once a year, and sooner if they have grown or their needs have changed.",
      accessibility: "Step-free clinic with a large, accessible assessment room and blue badge parking.",
      transitions:
        "From 17 we plan the move to the adult wheelchair service, so there is no gap in support or repairs.",
      complaints: "Speak to the service manager or contact PALS on 01632 960 100.",
    },
    tags: ["parents", "wheelchair users"],
    lastCheckedAt: "2026-04-29",
  },
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "childrens-bladder-and-bowel-service",
    name: "Children's bladder and bowel (continence) service",
    summary:
      "Specialist nurses who help children and young people with wetting, soiling, constipation and toilet training, including children with disabilities. Continence products where needed.",
    description: paras(
      "Many disabled children take longer to become dry and clean, and some never will. Our specialist nurses can help with toilet training, day and night wetting, constipation and soiling. We give practical advice, and where needed we assess for continence products such as pads and pull-ups.",
      "We see children in clinic, at home and at school, and we offer a toilet training group for parents of children with learning disabilities and autism.",
    ),
    whoFor: "Children and young people aged 4 to 19 with a Seabourne GP who have bladder or bowel problems.",
    accessMethod: "referral",
    referralRoute:
      "A GP, school nurse, health visitor or paediatrician can refer. School nurses can refer after a first visit with you.",
    referralUrl: "https://www.seabourne.example.nhs.uk/continence/referral",
    waitingTime: "Usually 10 to 12 weeks",
    url: "https://www.seabourne.example.nhs.uk/continence",
    email: "continence@seabourne.example.nhs.uk",
    minimumAge: 4,
    maximumAge: 19,
    costType: "free",
    categories: ["health"],
    needs: ["learning-disability", "autism", "physical", "complex-medical"],
    areas: ["whole"],
    contacts: [
      {
        title: "Continence nurse",
        email: "continence@seabourne.example.nhs.uk",
        phones: [{ number: "01632 960 355" }],
      },
    ],
    locations: [venue.southcliffeHealthCentre, venue.marshEndHealthCentre],
    schedules: [{ byday: ["TU", "TH"], opensAt: "09:00", closesAt: "16:00", description: "Clinic appointments" }],
    languages: [english],
    sendAnswers: {
      identifying_needs: "We ask you to keep a simple bladder and bowel diary so we can see patterns.",
      approach: "Visual toilet routines, social stories and step-by-step plans that suit your child's understanding.",
      reviewing_progress: "We review product needs every year and toilet training plans every few weeks.",
      working_with_others: "School nursing, GPs, paediatricians and special schools.",
    },
    tags: ["parents", "continence"],
    lastCheckedAt: "2025-09-16",
  },
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "childrens-community-nursing-team",
    name: "Children's community nursing team",
    summary:
      "Nurses who care for children with complex medical needs at home and at school, so they can spend less time in hospital.",
    description: paras(
      "Our children's community nurses look after babies, children and young people with long-term or complex health needs, such as tube feeding, oxygen, tracheostomies, epilepsy or life-limiting conditions. We also support children after an operation or stay in hospital.",
      "We visit at home and at school, train parents and school staff, and help with equipment. We provide palliative and end-of-life care at home with the family's GP and the local hospice.",
      "The team works 8am to 8pm, 7 days a week.",
    ),
    whoFor: "Children and young people aged 0 to 18 with a Seabourne GP who have complex or long-term medical needs.",
    accessMethod: "referral",
    referralRoute: "A hospital team, GP, paediatrician or other health professional can refer.",
    url: "https://www.seabourne.example.nhs.uk/community-nursing",
    email: "ccn@seabourne.example.nhs.uk",
    minimumAge: 0,
    maximumAge: 18,
    costType: "free",
    categories: ["health"],
    needs: ["complex-medical", "physical"],
    areas: ["whole"],
    contacts: [
      {
        title: "Community nursing co-ordinator",
        email: "ccn@seabourne.example.nhs.uk",
        phones: [{ number: "01632 960 360", description: "8am to 8pm, 7 days a week" }],
      },
    ],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
        opensAt: "08:00",
        closesAt: "20:00",
        description: "Home and school visits",
      },
    ],
    languages: [english],
    sendAnswers: {
      involving_families:
        "Parents are the experts in their child's care. We build care plans around your family routines.",
      staff_training:
        "All nurses are registered children's nurses. The team includes specialists in epilepsy, palliative care and long-term ventilation.",
      transitions: "We start planning the move to adult community health services from 14.",
      working_with_others: "Hospitals, GPs, schools, the local hospice and the Disabled Children's Team.",
    },
    tags: ["parents"],
    lastCheckedAt: "2026-02-24",
  },
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "childrens-hearing-service-audiology",
    name: "Children's hearing service (audiology)",
    summary:
      "Hearing tests, hearing aids and follow-up care for deaf babies, children and young people and those who may have a hearing loss.",
    description: paras(
      "Audiologists test children's hearing, from newborn babies to teenagers. If your child is diagnosed with a hearing loss, we fit and look after their hearing aids and make sure they are referred to a Teacher of the Deaf and speech and language therapy.",
      "We have a children's sound-proof room and use play to make hearing tests fun. Hearing aid repairs and new tubes are done at a drop-in repair clinic on Wednesday afternoons.",
    ),
    whoFor: "Children and young people aged 0 to 18 with a Seabourne GP.",
    accessMethod: "referral",
    referralRoute: "A GP, health visitor, school nurse or the newborn hearing screening programme can refer.",
    referralUrl: "https://www.seabourne.example.nhs.uk/audiology/referral",
    waitingTime: "Usually 6 to 8 weeks for a hearing test",
    url: "https://www.seabourne.example.nhs.uk/audiology",
    email: "audiology@seabourne.example.nhs.uk",
    minimumAge: 0,
    maximumAge: 18,
    costType: "free",
    categories: ["health"],
    needs: ["hearing"],
    areas: ["central", "whole"],
    contacts: [
      {
        title: "Clinic receptionist",
        email: "audiology@seabourne.example.nhs.uk",
        phones: [
          { number: "01632 960 370", description: "Voice" },
          { number: "07700 900 370", description: "Text" },
        ],
      },
    ],
    locations: [venue.communityHealthHub],
    schedules: [
      { byday: ["MO", "TU", "TH", "FR"], opensAt: "09:00", closesAt: "16:30", description: "Appointments" },
      {
        byday: ["WE"],
        opensAt: "13:30",
        closesAt: "16:00",
        description: "Hearing aid repair drop-in, no appointment needed",
      },
    ],
    languages: [english, bsl],
    sendAnswers: {
      identifying_needs:
        "We use hearing tests suited to your child's age and development, including tests for children who cannot respond in the usual way.",
      approach: "Tests are done through play, and we allow extra time for children who need it.",
      accessibility: "Hearing loop, text phone number, and BSL interpreters booked for every appointment where needed.",
      working_with_others:
        "The Sensory Support Service, speech and language therapy and the cochlear implant team at Northgate Children's Hospital.",
    },
    tags: ["parents", "deaf"],
    lastCheckedAt: "2026-07-22",
  },
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "learning-disability-nursing-team-for-children",
    name: "Learning disability nursing team for children",
    summary:
      "Specialist nurses who help children and young people with a learning disability with behaviour that challenges, health appointments, puberty and staying healthy.",
    description: paras(
      "Learning disability nurses work with children and young people who have a learning disability, and their families. We can help when behaviour is difficult to manage, when a child is very anxious about health appointments, or with puberty, eating and personal care.",
      "We create easy-read and picture resources, help prepare children for blood tests and hospital visits, and write positive behaviour support plans with families and schools.",
    ),
    whoFor: "Children and young people aged 5 to 18 with a diagnosed learning disability and a Seabourne GP.",
    accessMethod: "referral",
    referralRoute:
      "Any professional who knows your child, such as a GP, paediatrician, school or social worker, can refer. Parents can call for advice.",
    referralUrl: "https://www.seabourne.example.nhs.uk/ld-nursing/referral",
    waitingTime: "Usually 8 to 10 weeks",
    url: "https://www.seabourne.example.nhs.uk/ld-nursing",
    email: "ldnursing@seabourne.example.nhs.uk",
    minimumAge: 5,
    maximumAge: 18,
    costType: "free",
    categories: ["health"],
    needs: ["learning-disability", "autism", "semh"],
    areas: ["whole"],
    contacts: [
      {
        title: "Learning disability nurse",
        email: "ldnursing@seabourne.example.nhs.uk",
        phones: [{ number: "01632 960 380" }],
      },
    ],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR"],
        opensAt: "09:00",
        closesAt: "17:00",
        description: "Home and school visits",
      },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs: "We visit you at home and school to understand what is behind the behaviour or worry.",
      approach: "Positive behaviour support, easy-read and picture resources, desensitisation for health appointments.",
      staff_training:
        "All nurses are registered learning disability nurses with training in positive behaviour support.",
      transitions:
        "We help young people get ready for adult health services, including the annual learning disability health check from 14.",
      working_with_others:
        "GPs, hospital learning disability liaison nurses, schools and the Disabled Children's Team.",
    },
    tags: ["parents"],
    lastCheckedAt: "2026-06-16",
  },
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "childrens-eye-clinic-orthoptics",
    name: "Children's eye clinic (orthoptics)",
    summary:
      "Eye tests and treatment for children with squints, lazy eye and other eye conditions, plus specialist eye checks for children with complex needs.",
    description: paras(
      "Orthoptists are specialists in how the eyes work together. We see children with squints, lazy eye (amblyopia) and reduced vision, and give treatments such as glasses and patching.",
      "We also run a special clinic for children who find a normal eye test hard, for example children with learning disabilities, autism or cerebral palsy. Appointments are longer and we use pictures and toys instead of letters.",
      "If your child's sight loss cannot be corrected, we refer them to the council's Sensory Support Service.",
    ),
    whoFor: "Children aged 0 to 16 with a Seabourne GP.",
    accessMethod: "referral",
    referralRoute: "A GP, health visitor, school vision screening or optician can refer.",
    waitingTime: "Usually 8 to 14 weeks",
    url: "https://www.seabourne.example.nhs.uk/orthoptics",
    email: "orthoptics@seabourne.example.nhs.uk",
    minimumAge: 0,
    maximumAge: 16,
    costType: "free",
    categories: ["health"],
    needs: ["vision", "learning-disability", "complex-medical"],
    areas: ["central"],
    contacts: [
      {
        title: "Clinic receptionist",
        email: "orthoptics@seabourne.example.nhs.uk",
        phones: [{ number: "01632 960 375" }],
      },
    ],
    locations: [venue.generalHospital],
    schedules: [{ byday: ["MO", "WE", "FR"], opensAt: "09:00", closesAt: "16:30", description: "Appointments" }],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "We use picture charts and preferential looking tests that do not need your child to speak or read.",
      accessibility:
        "Longer appointments, a quiet waiting area and the first appointment of the day for children who find waiting hard.",
      working_with_others: "Opticians, the Sensory Support Service and Northgate Children's Hospital eye department.",
      complaints: "Contact PALS on 01632 960 100.",
    },
    tags: ["parents"],
    lastCheckedAt: "2026-01-13",
  },
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "health-visiting-and-development-checks",
    name: "Health visiting and development checks",
    summary:
      "Health visitors support every family with a baby or child under 5, including development checks at 1 and 2 years that can spot early signs of SEND.",
    description: paras(
      "Health visitors are nurses or midwives with extra training in child development. Every family has a named health visitor from pregnancy until their child starts school.",
      "At the 1 and 2 year checks your health visitor will look at your child's talking, movement, play and behaviour. If you have any worries about your child's development, you do not need to wait for a check. Call the duty line or go to a baby clinic at your family hub.",
      "Health visitors can refer to speech and language therapy, the Child Development Centre, Portage and other services.",
    ),
    whoFor: "Families with babies and children aged 0 to 5 in Seabourne.",
    accessMethod: "self_refer",
    url: "https://www.seabourne.example.nhs.uk/health-visiting",
    email: "healthvisiting@seabourne.example.nhs.uk",
    minimumAge: 0,
    maximumAge: 5,
    costType: "free",
    categories: ["health"],
    needs: ["speech-language", "physical", "complex-medical", "hearing"],
    areas: ["whole"],
    contacts: [
      {
        title: "Health visiting duty line",
        email: "healthvisiting@seabourne.example.nhs.uk",
        phones: [{ number: "01632 960 390" }],
      },
    ],
    locations: [venue.thornbyFamilyHub, venue.hollinsParkFamilyHub, venue.southcliffeFamilyHub],
    schedules: [
      { byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "17:00", description: "Duty line" },
      {
        byday: ["WE"],
        opensAt: "13:30",
        closesAt: "15:30",
        description: "Baby clinic, drop-in",
        locationName: "Southcliffe Family Hub",
      },
    ],
    languages: [english, polish, urdu],
    sendAnswers: {
      identifying_needs: "We use the Ages and Stages questionnaire at the 1 and 2 year checks, completed with you.",
      involving_families: "You know your child best. Tell us if something does not feel right.",
      working_with_others: "GPs, family hubs, speech and language therapy, the Early Years Inclusion Team and Portage.",
      transitions: "We pass information to the school nursing team when your child starts school.",
    },
    tags: ["parents", "babies"],
    lastCheckedAt: "2026-08-05",
  },
  {
    organisation: "northgate-childrens-hospital",
    slug: "northgate-cochlear-implant-programme",
    name: "Children's cochlear implant programme, Northgate Children's Hospital",
    summary:
      "The regional team in Preston that assesses deaf children for cochlear implants, carries out the operation and provides long-term follow-up.",
    description: paras(
      "A cochlear implant is a small electronic device that can help some severely or profoundly deaf children hear sound. Northgate Children's Hospital in Preston is the regional centre for children from Seabourne.",
      "The assessment takes several visits. If an implant is right for your child, the team provides the operation, switch-on, tuning and rehabilitation. Some follow-up appointments happen locally at Seabourne Community Health Hub.",
      "Seabourne families can ask for help with travel costs through the hospital's patient transport and travel claims scheme.",
    ),
    whoFor: "Children aged 0 to 18 with severe to profound deafness who are referred by an audiologist.",
    accessMethod: "referral",
    referralRoute: "Your child's audiologist refers to the programme.",
    waitingTime: "First assessment usually within 12 weeks; babies are prioritised",
    url: "https://www.northgate.example.nhs.uk/cochlear-implants",
    email: "cochlear.implants@northgate.example.nhs.uk",
    minimumAge: 0,
    maximumAge: 18,
    costType: "free",
    categories: ["health"],
    needs: ["hearing"],
    areas: ["out_of_area"],
    contacts: [
      {
        title: "Programme co-ordinator",
        email: "cochlear.implants@northgate.example.nhs.uk",
        phones: [{ number: "01772 496 210" }],
      },
    ],
    locations: [venue.northgateHospital],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:30", closesAt: "17:00" }],
    languages: [english, bsl],
    sendAnswers: {
      involving_families: "Families meet other families whose children have implants before deciding.",
      staff_training:
        "The team includes surgeons, audiologists, speech and language therapists and a Teacher of the Deaf.",
      working_with_others: "Seabourne audiology and the Sensory Support Service, who support your child locally.",
      complaints: "Contact Northgate Children's Hospital PALS through the hospital website.",
    },
    tags: ["parents", "deaf"],
    lastCheckedAt: "2025-09-24",
  },
  {
    organisation: "sandcastle-therapy",
    slug: "sandcastle-private-occupational-therapy",
    name: "Private occupational therapy and sensory assessments",
    summary:
      "Private occupational therapy for children, including sensory processing assessments, handwriting help and therapy in our sensory gym in Pennock Sands.",
    description: paras(
      "Sandcastle Therapy is a private practice run by two children's occupational therapists. Many families come to us while waiting for NHS therapy, or for extra help alongside it.",
      "We offer sensory processing assessments for children who are very sensitive to noise, clothing, food textures or touch, or who seem to seek out movement all the time. We also help with handwriting, dressing and co-ordination. Sessions take place in our sensory gym, at home or at school.",
      "You can pay for sessions yourself or, in some cases, use a personal budget.",
    ),
    whoFor: "Children and young people aged 2 to 18.",
    accessMethod: "self_refer",
    url: "https://sandcastletherapy.example.org",
    email: "hello@sandcastletherapy.example.org",
    minimumAge: 2,
    maximumAge: 18,
    costType: "paid",
    costOptions: [
      { option: "Sensory processing assessment and report", amount: 420 },
      { option: "Therapy session (50 minutes)", amount: 85 },
    ],
    categories: ["health"],
    needs: ["sensory", "autism", "adhd", "physical"],
    areas: ["south"],
    contacts: [
      {
        title: "Practice manager",
        email: "hello@sandcastletherapy.example.org",
        phones: [{ number: "01632 960 118" }],
      },
    ],
    locations: [venue.sandcastleTherapy],
    schedules: [
      { byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "18:00", description: "By appointment" },
      { byday: ["SA"], opensAt: "09:00", closesAt: "12:30", description: "By appointment" },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "Standardised sensory and motor assessments, observation and questionnaires for home and school.",
      approach: "Play-based therapy in a sensory gym with swings, crash mats and climbing walls.",
      staff_training: "Both therapists are HCPC registered, with postgraduate qualifications in sensory integration.",
      complaints:
        "Contact the practice manager. We are members of a professional body with its own complaints process.",
    },
    tags: ["parents", "private"],
    lastCheckedAt: "2026-03-11",
  },
  {
    organisation: "seabourne-community-health-nhs-trust",
    slug: "annual-learning-disability-health-check",
    name: "Annual learning disability health check (age 14 and over)",
    summary:
      "Young people aged 14 and over with a learning disability can have a free yearly health check with their GP. It helps spot health problems early.",
    description: paras(
      "Everyone aged 14 and over who is on their GP's learning disability register can have a free health check every year. It is a longer appointment with a GP or practice nurse, who checks things like weight, blood pressure, medicines, hearing, eyesight and mood.",
      "You will also get a health action plan, which is a simple list of things to do to stay healthy. Ask your GP surgery to add your young person to the learning disability register if they are not already on it.",
      "Our learning disability nurses can help prepare young people who find appointments worrying.",
    ),
    whoFor: "Young people aged 14 to 25 with a learning disability who are registered with a Seabourne GP.",
    accessMethod: "self_refer",
    eligibility: "Must be on the GP practice's learning disability register.",
    url: "https://www.seabourne.example.nhs.uk/ld-health-checks",
    email: "ldnursing@seabourne.example.nhs.uk",
    minimumAge: 14,
    maximumAge: 25,
    costType: "free",
    categories: ["health", "adulthood"],
    needs: ["learning-disability"],
    areas: ["whole"],
    contacts: [
      {
        title: "Learning disability nurse",
        email: "ldnursing@seabourne.example.nhs.uk",
        phones: [{ number: "01632 960 380" }],
      },
    ],
    languages: [english],
    sendAnswers: {
      approach:
        "Longer appointments, easy-read invitations and reasonable adjustments such as the first appointment of the day.",
      transitions: "The health check is a good time to plan the move to adult health services.",
      involving_families: "Young people can bring a parent, carer or supporter with them.",
      accessibility: "Ask your GP surgery for a quiet waiting area or a home visit if needed.",
    },
    tags: ["young people", "health checks"],
    lastCheckedAt: "2026-05-27",
  },
];

// Education listings: SENCO drop-in, early years inclusion, Portage, dyslexia and sensory support services.
import { type DemoService, paras, english, bsl, urdu, easyRead } from "./common";
import { venue } from "./venues";

export const educationSupportServices: DemoService[] = [
  {
    organisation: "seabourne-council",
    slug: "ask-a-senco-drop-in",
    name: "Ask a SENCO drop-in",
    summary:
      "Drop in and talk to an experienced SENCO about your child's learning or behaviour at school. No appointment needed.",
    description: paras(
      "Sometimes you just want to ask someone who knows how schools work. Our drop-in is run by experienced SENCOs (special educational needs co-ordinators, the teachers in charge of SEN in schools) from the council's Inclusion Team.",
      "You can ask about SEN support, what to expect from your child's school, how to prepare for a meeting, or whether an EHCP assessment might be right. Bring your child's reports if you like.",
      "The drop-in moves between the three family hubs. Children are welcome, and there are toys to keep little ones busy.",
    ),
    whoFor: "Parents and carers of children at any Seabourne nursery or school.",
    accessMethod: "drop_in",
    url: "https://www.seabourne.gov.uk/send/ask-a-senco",
    email: "inclusion@seabourne.gov.uk",
    minimumAge: 2,
    maximumAge: 16,
    costType: "free",
    categories: ["education", "advice"],
    needs: ["autism", "adhd", "learning-disability", "speech-language", "semh"],
    areas: ["north", "central", "south"],
    contacts: [
      {
        title: "Inclusion Team duty officer",
        email: "inclusion@seabourne.gov.uk",
        phones: [{ number: "01632 960 225" }],
      },
    ],
    locations: [venue.thornbyFamilyHub, venue.hollinsParkFamilyHub, venue.southcliffeFamilyHub],
    schedules: [
      {
        byday: ["MO"],
        opensAt: "13:00",
        closesAt: "15:00",
        termTimeOnly: true,
        description: "Drop-in, no appointment needed",
        locationName: "Thornby Family Hub",
      },
      {
        byday: ["WE"],
        opensAt: "09:30",
        closesAt: "11:30",
        termTimeOnly: true,
        description: "Drop-in, no appointment needed",
        locationName: "Hollins Park Family Hub",
      },
      {
        byday: ["FR"],
        opensAt: "09:30",
        closesAt: "11:30",
        termTimeOnly: true,
        description: "Drop-in, no appointment needed",
        locationName: "Southcliffe Family Hub",
      },
    ],
    languages: [english],
    sendAnswers: {
      involving_families: "It is your time. We listen, answer your questions and help you plan what to say to school.",
      staff_training: "All our SENCOs hold the national SENCO qualification and have worked in Seabourne schools.",
      working_with_others:
        "We can pass your worries to your child's school with your permission and signpost you to SENDIASS for independent support.",
      complaints: "Contact the Inclusion Team manager at inclusion@seabourne.gov.uk.",
    },
    tags: ["parents", "drop-in"],
    lastCheckedAt: "2026-09-30",
  },
  {
    organisation: "seabourne-council",
    slug: "early-years-inclusion-team",
    name: "Early Years Inclusion Team",
    summary:
      "Specialist teachers who help nurseries, pre-schools and childminders include babies and young children with SEND, and help families plan for starting school.",
    description: paras(
      "Our team works with early years settings (nurseries, pre-schools and childminders) to help them meet each child's needs. We visit the setting, watch the child at play, suggest ideas and help staff write a support plan with you.",
      "We can also help a setting apply for extra funding (inclusion funding) so your child gets more adult support. When it is time to start school, we help plan the move.",
      "Most children come to us through their nursery or health visitor, but you can ring us for advice.",
    ),
    whoFor:
      "Children aged 0 to 5 with special educational needs who go to, or are about to start, a nursery, pre-school or childminder in Seabourne.",
    accessMethod: "referral",
    referralRoute:
      "Your child's nursery, pre-school, childminder, health visitor or paediatrician can refer using the online early years request form. Parents can call us for advice first.",
    referralUrl: "https://www.seabourne.gov.uk/send/early-years-referral",
    waitingTime: "Usually a first visit within 6 weeks",
    url: "https://www.seabourne.gov.uk/send/early-years",
    email: "earlyyearsinclusion@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 5,
    costType: "free",
    categories: ["education"],
    needs: ["speech-language", "autism", "learning-disability", "physical", "complex-medical", "sensory"],
    areas: ["whole"],
    contacts: [
      {
        title: "Early years inclusion duty officer",
        email: "earlyyearsinclusion@seabourne.gov.uk",
        phones: [{ number: "01632 960 230" }],
      },
    ],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR"],
        opensAt: "09:00",
        closesAt: "17:00",
        description: "Phone line for advice",
      },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "We watch your child play in their setting and talk with you and the key person about what they enjoy and find hard.",
      involving_families:
        "We share every report with you first and make sure your knowledge of your child is written into their plan.",
      approach: "Visual supports, small steps, play-based targets and ideas for the home and the setting.",
      staff_training:
        "Our team are qualified teachers with specialist early years and SEND training, including autism and early communication.",
      transitions:
        "We hold a transition meeting with you, the setting and the new school in the spring before your child starts reception.",
      working_with_others:
        "Health visitors, Portage, speech and language therapy, the Child Development Centre and the EHCP team.",
    },
    tags: ["parents", "early years", "nurseries"],
    lastCheckedAt: "2026-04-15",
  },
  {
    organisation: "seabourne-council",
    slug: "seabourne-portage-service",
    name: "Seabourne Portage Service",
    summary:
      "A home visiting service for babies and young children with significant SEND. A Portage home visitor helps you learn through play with your child at home.",
    description: paras(
      "Portage is a home visiting service for children under 5 with complex needs or developmental delay. A Portage home visitor comes to your home every week or fortnight to play with your child and help you find small, achievable next steps.",
      "Together you will set simple goals, such as reaching for a toy, using a sign or sitting up. We use your child's interests and your daily routines, so it fits into family life.",
      "We also run a Portage stay and play group at Hollins Park Family Hub on Thursday mornings.",
    ),
    whoFor:
      "Children from birth to 5 in Seabourne with significant delay in two or more areas of development, and their families.",
    easyRead: easyRead(
      "Portage helps babies and young children who need a lot of extra help.",
      "It is for children under 5 who have not started school.",
      "A Portage worker visits you at home.",
      "They come every week or every 2 weeks.",
      "They play with you and your child.",
      "You choose small goals together, like reaching for a toy.",
      "There is also a play group on Thursday mornings.",
      "The play group is at Hollins Park Family Hub.",
      "It is free.",
      "You can ask for Portage yourself.",
    ),
    accessMethod: "self_refer",
    eligibility:
      "Children under 5 with significant developmental delay or a diagnosed condition likely to lead to SEND. Children must not yet have started school.",
    waitingTime: "Usually 6 to 10 weeks for a first visit",
    url: "https://www.seabourne.gov.uk/send/portage",
    email: "portage@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 5,
    costType: "free",
    categories: ["education"],
    needs: ["learning-disability", "complex-medical", "physical", "speech-language", "vision"],
    areas: ["whole"],
    contacts: [
      { title: "Portage co-ordinator", email: "portage@seabourne.gov.uk", phones: [{ number: "01632 960 235" }] },
    ],
    locations: [venue.hollinsParkFamilyHub],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR"],
        opensAt: "09:00",
        closesAt: "16:30",
        description: "Home visits by appointment",
      },
      {
        byday: ["TH"],
        opensAt: "10:00",
        closesAt: "11:30",
        termTimeOnly: true,
        description: "Portage stay and play group",
        locationName: "Hollins Park Family Hub",
      },
    ],
    languages: [english, urdu],
    sendAnswers: {
      identifying_needs:
        "We use a play-based checklist with you at home to see what your child can do now and what comes next.",
      involving_families: "Parents lead. You choose the goals that matter most to your family.",
      reviewing_progress:
        "We look at progress together every 6 weeks and write a short report you can share with other professionals.",
      approach: "Small steps, lots of praise, and activities built around your child's favourite toys and routines.",
      transitions: "We help you visit nurseries and pass on what works for your child when they start.",
      staff_training: "All home visitors have completed National Portage Association training.",
    },
    tags: ["parents", "babies", "toddlers"],
    lastCheckedAt: "2026-03-04",
  },
  {
    organisation: "seabourne-dyslexia-association",
    slug: "dyslexia-assessment-and-tuition",
    name: "Dyslexia assessment and tuition",
    summary:
      "Dyslexia screening, full diagnostic assessments and one-to-one specialist tuition for children and young people who struggle with reading, spelling or writing.",
    description: paras(
      "Dyslexia is a common learning difficulty that mainly affects reading, spelling and writing. It has nothing to do with how clever someone is. With the right teaching and tools, dyslexic children do well.",
      "We offer a short screening session, a full diagnostic assessment with a written report, and weekly one-to-one tuition with a specialist dyslexia teacher. We use multi-sensory methods that help words stick.",
      "Schools should help dyslexic children without a diagnosis, so talk to your child's SENCO too. We have a hardship fund, so please ask if cost is a worry.",
    ),
    whoFor: "Children and young people aged 6 to 18 who have difficulty with reading, spelling or writing.",
    accessMethod: "self_refer",
    waitingTime: "Assessments are usually booked 4 to 6 weeks ahead",
    url: "https://seabournedyslexia.example.org/assessments",
    email: "help@seabournedyslexia.example.org",
    minimumAge: 6,
    maximumAge: 18,
    costType: "paid",
    costOptions: [
      { option: "Screening session (45 minutes)", amount: 35 },
      { option: "Full diagnostic assessment with written report", amount: 395 },
      { option: "One-to-one tuition", amount: 32, amountDescription: "£32 per hour-long session" },
    ],
    categories: ["education"],
    needs: ["learning-disability"],
    areas: ["central"],
    contacts: [
      {
        title: "Dyslexia service co-ordinator",
        email: "help@seabournedyslexia.example.org",
        phones: [{ number: "01632 960 480" }],
      },
    ],
    locations: [venue.centralLibrary],
    schedules: [
      {
        byday: ["TU", "TH"],
        opensAt: "15:30",
        closesAt: "19:00",
        description: "Tuition and assessments by appointment",
        locationName: "Seabourne Central Library",
      },
      { byday: ["SA"], opensAt: "09:30", closesAt: "13:00", description: "By appointment" },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "Our assessors are specialist teachers with an assessment practising certificate. The report explains your child's strengths as well as their difficulties.",
      approach: "Structured, multi-sensory teaching at your child's pace, with games and short bursts of work.",
      reviewing_progress: "We re-test reading and spelling every term and send you a short progress note.",
      working_with_others:
        "With your permission we send tuition notes and report recommendations to your child's school.",
    },
    tags: ["parents", "dyslexia"],
    lastCheckedAt: "2026-02-12",
  },
  {
    organisation: "seabourne-dyslexia-association",
    slug: "dyslexia-friendly-homework-club",
    name: "Dyslexia-friendly homework club",
    summary:
      "A relaxed after-school homework club in Southcliffe for dyslexic children, with laptops, reading pens and patient volunteers.",
    description: paras(
      "Homework can mean tears at teatime when reading and writing are hard. Our homework club gives dyslexic children a calm place to get it done with support.",
      "Trained volunteers help with reading instructions, planning writing and using tools like speech-to-text and reading pens. Children also try out apps that they can use at home.",
    ),
    whoFor: "Children aged 8 to 14 with dyslexia or who find reading and spelling hard. A diagnosis is not needed.",
    accessMethod: "self_refer",
    url: "https://seabournedyslexia.example.org/homework-club",
    email: "help@seabournedyslexia.example.org",
    minimumAge: 8,
    maximumAge: 14,
    costType: "paid",
    costOptions: [{ option: "Per session", amount: 4.5, amountDescription: "£4.50 per session, first session free" }],
    categories: ["education", "leisure"],
    needs: ["learning-disability", "adhd"],
    areas: ["south"],
    contacts: [
      { title: "Club leader", email: "help@seabournedyslexia.example.org", phones: [{ number: "01632 960 480" }] },
    ],
    locations: [venue.southcliffeFamilyHub],
    schedules: [
      {
        byday: ["WE"],
        opensAt: "15:45",
        closesAt: "17:15",
        termTimeOnly: true,
        description: "Book your first session, then just turn up",
      },
    ],
    languages: [english],
    tags: ["children", "dyslexia", "after school"],
    lastCheckedAt: "2025-10-09",
  },
  {
    organisation: "seabourne-council",
    slug: "sensory-support-service-deaf-children",
    name: "Sensory Support Service: deaf children and young people",
    summary:
      "Specialist Teachers of the Deaf who support deaf children and young people from diagnosis to age 25, at home, nursery, school and college.",
    description: paras(
      "If your baby or child has been diagnosed with a hearing loss, a Teacher of the Deaf (a qualified teacher with extra training in deafness) can visit you at home soon after diagnosis. We help you understand your child's hearing, their hearing aids or cochlear implants, and how to support their language.",
      "As children grow, we visit their nursery, school or college to advise staff, check equipment such as radio aids, and help with exams. Our communication support workers use British Sign Language (BSL) and we can put families in touch with free sign classes.",
      "Most families are referred by the audiology service at diagnosis, but you can contact us directly.",
    ),
    whoFor: "Deaf children and young people aged 0 to 25 with any level of permanent hearing loss, and their families.",
    accessMethod: "referral",
    referralRoute:
      "The audiology service refers automatically at diagnosis. Schools, health professionals or parents can also contact the service directly.",
    referralUrl: "https://www.seabourne.gov.uk/send/sensory-support-referral",
    url: "https://www.seabourne.gov.uk/send/sensory-support",
    email: "sensorysupport@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["education"],
    needs: ["hearing"],
    areas: ["whole"],
    contacts: [
      {
        title: "Sensory Support Service office",
        email: "sensorysupport@seabourne.gov.uk",
        phones: [
          { number: "01632 960 240", description: "Voice" },
          { number: "07700 900 240", description: "Text for deaf parents" },
        ],
      },
    ],
    locations: [venue.civicCentre],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:30", closesAt: "16:30" }],
    languages: [english, bsl],
    sendAnswers: {
      identifying_needs:
        "We use audiology results and our own assessments of listening, language and communication, in whatever language the family uses.",
      involving_families:
        "Home visits in the early years are led by what parents want to know. We run a family group each term.",
      approach: "Advice on room acoustics, seating, radio aids, subtitles and deaf-friendly teaching.",
      staff_training:
        "All teachers hold the mandatory qualification for teachers of deaf children. Communication support workers hold BSL Level 3 or above.",
      transitions: "We go to transition meetings and pass on information to the next school or college.",
      working_with_others:
        "Audiology, the cochlear implant team at Northgate Children's Hospital, speech and language therapy and Seabourne Deaf Children's Society.",
    },
    tags: ["parents", "deaf", "young people"],
    lastCheckedAt: "2026-08-27",
  },
  {
    organisation: "seabourne-council",
    slug: "sensory-support-service-vision",
    name: "Sensory Support Service: blind and partially sighted children",
    summary:
      "Qualified teachers of vision impairment and a habilitation specialist who support blind and partially sighted children and young people at home, school and college.",
    description: paras(
      "If your child is blind or partially sighted, a qualified teacher of vision impairment (QTVI) can visit you at home or at their nursery or school. We help you understand your child's eye condition and what it means for play, learning and getting about.",
      "We advise schools on large print, braille, magnifiers and technology, and can loan equipment. Our habilitation specialist teaches children to move around safely and independently, including using a long cane, crossing roads and later catching the bus.",
    ),
    whoFor:
      "Children and young people aged 0 to 25 with a diagnosed visual impairment that is not corrected by glasses, and their families.",
    accessMethod: "referral",
    referralRoute:
      "The eye clinic refers most children. Schools, health visitors or parents can also contact the service directly.",
    referralUrl: "https://www.seabourne.gov.uk/send/sensory-support-referral",
    url: "https://www.seabourne.gov.uk/send/sensory-support",
    email: "sensorysupport@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["education"],
    needs: ["vision"],
    areas: ["whole"],
    contacts: [
      {
        title: "Sensory Support Service office",
        email: "sensorysupport@seabourne.gov.uk",
        phones: [{ number: "01632 960 240" }],
      },
    ],
    locations: [venue.civicCentre],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:30", closesAt: "16:30" }],
    languages: [english],
    sendAnswers: {
      identifying_needs:
        "We carry out a functional vision assessment to see how your child uses their sight in everyday life.",
      approach: "Advice on lighting, contrast, print size and technology. Braille teaching where it is needed.",
      staff_training:
        "Teachers hold the mandatory qualification in vision impairment. Our habilitation specialist is qualified in habilitation and mobility.",
      transitions: "Habilitation training before a move, so your child learns the new building and the route there.",
      working_with_others:
        "The children's eye clinic, Northgate Children's Hospital, schools and the travel training team.",
    },
    tags: ["parents", "blind", "partially sighted"],
    lastCheckedAt: "2026-08-27",
  },
];

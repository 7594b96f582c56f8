// Demo data for the Seabourne Local Offer: a fictional seaside borough with the towns of
// Seabourne (town centre), Thornby and Marsh End (north), Hollins Park (central), and
// Southcliffe and Pennock Sands (south). Every organisation, venue, person, email address,
// web address and phone number here is made up. Phone numbers use the 01253 area code for
// local flavour; helplines use the Ofcom range kept for drama (0808 157 0000 to 0808 157 0999).
import type { OrganisationInput } from "@/lib/organisations/schema";
import type { ListingInput } from "@/lib/services/schema";

type DemoService = ListingInput & { organisation: string };
type DemoLocation = NonNullable<ListingInput["locations"]>[number];

const paras = (...p: string[]) => p.join("\n\n");

// ---------------------------------------------------------------------------------------------
// Venues. Postcodes and coordinates match the part of the borough:
// north = FY5, FY6, FY7; central = FY1, FY2, FY3; south = FY4, FY8.
// ---------------------------------------------------------------------------------------------

const venue = {
  // North: Thornby and Marsh End
  thornbyFamilyHub: {
    name: "Thornby Family Hub",
    address1: "12 Beacon Road",
    city: "Thornby",
    postcode: "FY5 2QD",
    latitude: 53.8781,
    longitude: -3.0214,
    accessibility: [
      "Step-free entrance",
      "Accessible toilet",
      "Baby changing",
      "Hearing loop at reception",
      "Free car park with blue badge spaces",
    ],
  },
  thornbyPrimary: {
    name: "Thornby Primary School",
    address1: "Church Lane",
    city: "Thornby",
    postcode: "FY5 3HN",
    latitude: 53.8843,
    longitude: -3.0121,
    accessibility: ["Step-free entrance", "Accessible toilet", "Lift to first floor", "Quiet room available"],
  },
  thornbySportsHall: {
    name: "Thornby Sports Hall",
    address1: "Moor Park Avenue",
    city: "Thornby",
    postcode: "FY5 4JT",
    latitude: 53.8722,
    longitude: -3.0308,
    accessibility: ["Step-free entrance", "Accessible toilet", "Accessible changing rooms", "Blue badge parking"],
  },
  thornbyLibrary: {
    name: "Thornby Library",
    address1: "1 Market Place",
    city: "Thornby",
    postcode: "FY5 3AB",
    latitude: 53.8805,
    longitude: -3.0179,
    accessibility: ["Step-free entrance", "Accessible toilet", "Hearing loop"],
  },
  marshEndVillageHall: {
    name: "Marsh End Village Hall",
    address1: "Station Road",
    city: "Marsh End",
    postcode: "FY6 8LP",
    latitude: 53.9152,
    longitude: -2.9883,
    accessibility: ["Ramp at main entrance", "Accessible toilet", "Car park next to the hall"],
  },
  marshEndHealthCentre: {
    name: "Marsh End Health Centre",
    address1: "3 Quay Street",
    city: "Marsh End",
    postcode: "FY6 7RB",
    latitude: 53.9081,
    longitude: -2.9952,
    accessibility: ["Step-free entrance", "Accessible toilet", "Hearing loop", "Blue badge parking"],
  },
  seaviewHouse: {
    name: "Seaview House",
    description: "A six-bedroom short breaks home close to the Marsh End dunes.",
    address1: "8 Dune Close",
    city: "Marsh End",
    postcode: "FY7 6NS",
    latitude: 53.9224,
    longitude: -3.0117,
    accessibility: [
      "Step-free throughout",
      "Ceiling hoists in four bedrooms",
      "Changing Places toilet",
      "Sensory room",
      "Enclosed garden",
    ],
  },
  harboursideCourt: {
    name: "Harbourside Court",
    address1: "Wharf Street",
    city: "Marsh End",
    postcode: "FY7 6DG",
    latitude: 53.9263,
    longitude: -3.0041,
    accessibility: ["Step-free entrance", "Lift to all floors", "Two wheelchair-adapted flats"],
  },

  // Central: Seabourne town centre and Hollins Park
  civicCentre: {
    name: "Seabourne Civic Centre",
    address1: "Princess Parade",
    city: "Seabourne",
    postcode: "FY1 1NA",
    latitude: 53.8181,
    longitude: -3.0532,
    accessibility: [
      "Step-free entrance",
      "Accessible toilet",
      "Hearing loop at all desks",
      "Quiet room available on request",
      "Blue badge parking on Princess Parade",
    ],
  },
  generalHospital: {
    name: "Seabourne General Hospital",
    address1: "Moor Lane",
    address2: "Hollins Park",
    city: "Seabourne",
    postcode: "FY3 8NR",
    latitude: 53.8112,
    longitude: -3.0163,
    accessibility: [
      "Step-free entrance",
      "Accessible toilets",
      "Changing Places toilet near main entrance",
      "Hearing loop",
      "Blue badge parking",
    ],
  },
  childDevelopmentCentre: {
    name: "Seabourne Child Development Centre",
    description:
      "In its own single-storey building on the Seabourne General Hospital site, signposted from the main car park.",
    address1: "Seabourne General Hospital, Moor Lane",
    address2: "Hollins Park",
    city: "Seabourne",
    postcode: "FY3 8NR",
    latitude: 53.8119,
    longitude: -3.0179,
    accessibility: [
      "Step-free entrance",
      "Changing Places toilet",
      "Quiet waiting room",
      "Hearing loop",
      "Blue badge parking outside",
    ],
  },
  communityHealthHub: {
    name: "Seabourne Community Health Hub",
    address1: "Whitegate Drive",
    address2: "Hollins Park",
    city: "Seabourne",
    postcode: "FY3 9ES",
    latitude: 53.8093,
    longitude: -3.0281,
    accessibility: [
      "Step-free entrance",
      "Accessible toilet",
      "Hearing loop",
      "Lift to first floor",
      "Blue badge parking",
    ],
  },
  hollinsParkFamilyHub: {
    name: "Hollins Park Family Hub",
    address1: "55 Whinney Lane",
    address2: "Hollins Park",
    city: "Seabourne",
    postcode: "FY3 9DU",
    latitude: 53.8214,
    longitude: -3.0122,
    accessibility: [
      "Step-free entrance",
      "Accessible toilet",
      "Changing Places toilet",
      "Quiet room available",
      "Hearing loop",
    ],
  },
  hollinsParkHigh: {
    name: "Hollins Park High School",
    address1: "Cherry Tree Road",
    address2: "Hollins Park",
    city: "Seabourne",
    postcode: "FY3 7LE",
    latitude: 53.8063,
    longitude: -3.0214,
    accessibility: [
      "Step-free entrance",
      "Lifts to all floors",
      "Accessible toilets",
      "Quiet rooms in the Anchor base",
    ],
  },
  seabourneCollege: {
    name: "Seabourne College, Bourne Road Campus",
    address1: "Bourne Road",
    city: "Seabourne",
    postcode: "FY2 0HB",
    latitude: 53.8352,
    longitude: -3.0417,
    accessibility: [
      "Step-free entrance",
      "Lifts to all floors",
      "Changing Places toilet",
      "Quiet study room",
      "Hearing loops in main rooms",
    ],
  },
  leisureCentre: {
    name: "Seabourne Leisure Centre",
    address1: "Talbot Road",
    city: "Seabourne",
    postcode: "FY1 3JQ",
    latitude: 53.8224,
    longitude: -3.0451,
    accessibility: [
      "Step-free entrance",
      "Pool hoist",
      "Changing Places toilet",
      "Accessible changing rooms",
      "Blue badge parking",
    ],
  },
  centralLibrary: {
    name: "Seabourne Central Library",
    address1: "Queen Street",
    city: "Seabourne",
    postcode: "FY1 1PX",
    latitude: 53.8172,
    longitude: -3.0507,
    accessibility: ["Step-free side entrance on Church Street", "Lift", "Accessible toilet", "Hearing loop"],
  },
  promenadeCinema: {
    name: "Promenade Cinema",
    address1: "120 North Promenade",
    city: "Seabourne",
    postcode: "FY1 2JD",
    latitude: 53.8261,
    longitude: -3.0553,
    accessibility: [
      "Step-free entrance",
      "Wheelchair spaces in every screen",
      "Accessible toilet",
      "Hearing loop",
      "Quiet room available",
    ],
  },
  mindspace: {
    name: "Mindspace Seabourne",
    address1: "22 Abingdon Street",
    city: "Seabourne",
    postcode: "FY1 1DA",
    latitude: 53.8191,
    longitude: -3.0489,
    accessibility: ["Step-free entrance", "Accessible toilet", "Calm room with low lighting"],
  },
  laurelStreetHall: {
    name: "Laurel Street Hall",
    address1: "Laurel Street",
    city: "Seabourne",
    postcode: "FY1 4EW",
    latitude: 53.8143,
    longitude: -3.0462,
    accessibility: ["Step-free entrance", "Accessible toilet", "Changing Places toilet", "Quiet room available"],
  },
  carersCentre: {
    name: "Seabourne Carers Centre",
    address1: "41 Park Road",
    city: "Seabourne",
    postcode: "FY1 4HX",
    latitude: 53.8131,
    longitude: -3.0412,
    accessibility: ["Ramp at front door", "Accessible toilet", "Hearing loop"],
  },
  hollinsParkYouthCentre: {
    name: "Hollins Park Youth Centre",
    address1: "Stanley Road",
    address2: "Hollins Park",
    city: "Seabourne",
    postcode: "FY3 8HW",
    latitude: 53.8152,
    longitude: -3.0103,
    accessibility: ["Step-free entrance", "Accessible toilet", "Chill-out room"],
  },

  // South: Southcliffe and Pennock Sands
  southcliffeFamilyHub: {
    name: "Southcliffe Family Hub",
    address1: "2 Clifton Drive",
    address2: "Southcliffe",
    city: "Seabourne",
    postcode: "FY4 1RT",
    latitude: 53.7852,
    longitude: -3.0311,
    accessibility: ["Step-free entrance", "Accessible toilet", "Baby changing", "Sensory room", "Hearing loop"],
  },
  southcliffeBaySchool: {
    name: "Southcliffe Bay School",
    address1: "Marton Way",
    address2: "Southcliffe",
    city: "Seabourne",
    postcode: "FY4 4XB",
    latitude: 53.7811,
    longitude: -3.0052,
    accessibility: [
      "Step-free throughout",
      "Changing Places toilet",
      "Ceiling hoists",
      "Hydrotherapy pool",
      "Sensory rooms",
    ],
  },
  southcliffeHealthCentre: {
    name: "Southcliffe Health Centre",
    address1: "Abbey Road",
    address2: "Southcliffe",
    city: "Seabourne",
    postcode: "FY4 2PF",
    latitude: 53.7903,
    longitude: -3.0204,
    accessibility: ["Step-free entrance", "Accessible toilet", "Hearing loop", "Blue badge parking"],
  },
  pennockSandsCommunityCentre: {
    name: "Pennock Sands Community Centre",
    address1: "18 Shore Road",
    city: "Pennock Sands",
    postcode: "FY8 2LU",
    latitude: 53.7523,
    longitude: -3.0118,
    accessibility: [
      "Step-free entrance",
      "Changing Places toilet",
      "Hearing loop",
      "Free car park with blue badge spaces",
    ],
  },
  pennockSandsBeachHut: {
    name: "Beach Hut 12, South Promenade",
    description: "The blue beach hut next to the lifeboat station, at the bottom of the Pier Approach ramp.",
    address1: "South Promenade",
    city: "Pennock Sands",
    postcode: "FY8 1LS",
    latitude: 53.7481,
    longitude: -3.0202,
    accessibility: [
      "Level access from the promenade",
      "Accessible toilet in the lifeboat station",
      "Blue badge parking on Pier Approach",
    ],
  },
  driftwoodCafe: {
    name: "The Driftwood Café",
    address1: "5 Pier Approach",
    city: "Pennock Sands",
    postcode: "FY8 1NN",
    latitude: 53.7502,
    longitude: -3.0237,
    accessibility: ["Step-free entrance", "Accessible toilet", "Large-print menus"],
  },
  stPetersHall: {
    name: "St Peter's Church Hall",
    address1: "Orchard Road",
    city: "Pennock Sands",
    postcode: "FY8 3PJ",
    latitude: 53.7584,
    longitude: -2.9851,
    accessibility: ["Ramp at side entrance", "Accessible toilet"],
  },
  sandcastleTherapy: {
    name: "Sandcastle Therapy",
    address1: "Unit 3, Harbour Mews",
    city: "Pennock Sands",
    postcode: "FY8 5AQ",
    latitude: 53.7442,
    longitude: -2.9623,
    accessibility: ["Step-free entrance", "Accessible toilet", "Parking outside the door"],
  },

  // Outside the borough
  northgateHospital: {
    name: "Northgate Children's Hospital",
    address1: "Fulwood Row",
    city: "Preston",
    postcode: "PR2 9XH",
    latitude: 53.7917,
    longitude: -2.6934,
    accessibility: ["Step-free entrance", "Changing Places toilet", "Hearing loop", "Blue badge parking"],
  },
  lowtherVale: {
    name: "Lowther Vale College",
    address1: "Lowther Vale",
    address2: "near Kendal",
    city: "Kendal",
    postcode: "LA8 9QZ",
    latitude: 54.3279,
    longitude: -2.7461,
    accessibility: [
      "Step-free campus",
      "Changing Places toilets",
      "Ceiling hoists in residential flats",
      "Hydrotherapy pool",
    ],
  },
  langmere: {
    name: "Langmere Outdoor Centre",
    address1: "Langmere Lane",
    city: "Ambleside",
    postcode: "LA22 9QR",
    latitude: 54.4291,
    longitude: -2.9962,
    accessibility: [
      "Step-free lodge",
      "Changing Places toilet",
      "Ceiling hoists in accessible bedrooms",
      "Wheelchair-accessible boats and trails",
    ],
  },
} satisfies Record<string, DemoLocation>;

const english = { name: "English", code: "en" };
const bsl = { name: "British Sign Language", code: "bfi" };
const polish = { name: "Polish", code: "pl" };
const urdu = { name: "Urdu", code: "ur" };

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

export const demoOrganisations: OrganisationInput[] = [
  {
    slug: "seabourne-council",
    name: "Seabourne Council",
    kind: "council",
    description:
      "Seabourne Council's SEND and Inclusion Service. It includes the EHCP assessment team, the Local Offer team, early years inclusion, Portage, the sensory support service, travel training, home to school transport and the council's leisure and library services.",
    email: "send@seabourne.gov.uk",
    website: "https://www.seabourne.gov.uk/send",
  },
  {
    slug: "seabourne-disabled-childrens-service",
    name: "Seabourne Council Disabled Children's Service",
    kind: "council",
    description:
      "The council's social care team for disabled children, young people and their families. It runs social work support, short breaks, Seaview House, direct payments, carers' assessments for parent carers and the 14 to 25 transition team.",
    email: "disabledchildren@seabourne.gov.uk",
    website: "https://www.seabourne.gov.uk/disabled-children",
  },
  {
    slug: "seabourne-family-hubs",
    name: "Seabourne Family Hubs",
    kind: "council",
    description:
      "Three family hubs in Thornby, Hollins Park and Southcliffe. Families with children aged 0 to 19, or up to 25 with SEND, can drop in for advice, groups, health clinics and parenting courses.",
    email: "familyhubs@seabourne.gov.uk",
    website: "https://www.seabourne.gov.uk/family-hubs",
  },
  {
    slug: "seabourne-community-health-nhs-trust",
    name: "Seabourne Community Health NHS Trust",
    kind: "nhs",
    description:
      "The NHS trust for community children's health services in Seabourne, including therapies, community nursing, school nursing, health visiting, the sleep service and the Child Development Centre.",
    email: "childrens.services@seabourne.example.nhs.uk",
    website: "https://www.seabourne.example.nhs.uk",
  },
  {
    slug: "coastline-mental-health-nhs-foundation-trust",
    name: "Coastline Mental Health NHS Foundation Trust",
    kind: "nhs",
    description: "The NHS mental health trust for the coast, which runs Seabourne CAMHS and the all-age crisis line.",
    email: "camhs.seabourne@coastline.example.nhs.uk",
    website: "https://www.coastline.example.nhs.uk",
  },
  {
    slug: "northgate-childrens-hospital",
    name: "Northgate Children's Hospital NHS Trust",
    kind: "nhs",
    description:
      "The regional children's hospital in Preston. Seabourne children go there for some specialist care, such as cochlear implants.",
    email: "enquiries@northgate.example.nhs.uk",
    website: "https://www.northgate.example.nhs.uk",
  },
  {
    slug: "seabourne-sendiass",
    name: "Seabourne SENDIASS",
    kind: "council",
    description:
      "Seabourne's special educational needs and disabilities information, advice and support service. It is paid for by the council but works at arm's length, so its advice is free, confidential and impartial.",
    email: "hello@seabournesendiass.example.org",
    website: "https://seabournesendiass.example.org",
  },
  {
    slug: "seabourne-parent-carer-forum",
    name: "Seabourne Parent Carer Forum",
    kind: "community",
    description:
      "An independent group of parents and carers of children and young people with SEND. It works with the council and NHS to make services better, and runs coffee mornings and events.",
    email: "hello@seabournepcf.example.org",
    website: "https://seabournepcf.example.org",
  },
  {
    slug: "thornby-primary-school",
    name: "Thornby Primary School",
    kind: "school",
    description:
      "A community primary school for children aged 4 to 11 in Thornby, with a speech and language resource base.",
    email: "office@thornbyprimary.example.org",
    website: "https://thornbyprimary.example.org",
  },
  {
    slug: "hollins-park-high-school",
    name: "Hollins Park High School",
    kind: "school",
    description:
      "A mixed secondary school for 11 to 16 year olds in Hollins Park, with the Anchor autism resource base.",
    email: "enquiries@hollinsparkhigh.example.org",
    website: "https://hollinsparkhigh.example.org",
  },
  {
    slug: "southcliffe-bay-school",
    name: "Southcliffe Bay School",
    kind: "school",
    description:
      "Seabourne's special school for children and young people aged 2 to 19 with severe, profound and multiple learning disabilities.",
    email: "office@southcliffebay.example.org",
    website: "https://southcliffebay.example.org",
  },
  {
    slug: "the-harbour-school",
    name: "The Harbour School",
    kind: "school",
    description:
      "Seabourne's hospital and home education service for children who are too ill to go to their usual school.",
    email: "office@harbourschool.example.org",
    website: "https://harbourschool.example.org",
  },
  {
    slug: "seabourne-college",
    name: "Seabourne College",
    kind: "school",
    description:
      "The borough's further education college, with foundation learning, supported internships and a learner support team.",
    email: "learnersupport@seabournecollege.example.org",
    website: "https://seabournecollege.example.org",
  },
  {
    slug: "lowther-vale-college",
    name: "Lowther Vale College",
    kind: "school",
    description:
      "An independent specialist college near Kendal for young people aged 16 to 25 with learning disabilities and complex needs. Day and residential places.",
    email: "admissions@lowthervale.example.org",
    website: "https://lowthervale.example.org",
  },
  {
    slug: "seabourne-carers-centre",
    name: "Seabourne Carers Centre",
    kind: "charity",
    description: "A local charity supporting unpaid carers of all ages, including young carers and parent carers.",
    email: "hello@seabournecarers.example.org",
    website: "https://seabournecarers.example.org",
  },
  {
    slug: "seabourne-mencap",
    name: "Seabourne Mencap",
    kind: "charity",
    description:
      "A local charity for children, young people and adults with a learning disability and their families. It runs youth clubs, friendship groups and an independent living skills project.",
    email: "info@seabournemencap.example.org",
    website: "https://seabournemencap.example.org",
  },
  {
    slug: "seabourne-dyslexia-association",
    name: "Seabourne Dyslexia Association",
    kind: "charity",
    description:
      "A small charity run by specialist teachers and parents, offering dyslexia screening, assessments, tuition and a homework club.",
    email: "help@seabournedyslexia.example.org",
    website: "https://seabournedyslexia.example.org",
  },
  {
    slug: "tide-turners-autism-support",
    name: "Tide Turners Autism Support",
    kind: "charity",
    description:
      "A Seabourne charity set up by parents of autistic children. It runs a helpline, parent courses and social groups for autistic young people.",
    email: "hello@tideturners.example.org",
    website: "https://tideturners.example.org",
  },
  {
    slug: "seabourne-deaf-childrens-society",
    name: "Seabourne Deaf Children's Society",
    kind: "charity",
    description:
      "A charity for deaf children, young people and their families in Seabourne. It runs family days, a youth club and family sign language classes.",
    email: "info@seabournedeafchildren.example.org",
    website: "https://seabournedeafchildren.example.org",
  },
  {
    slug: "mindspace-seabourne",
    name: "Mindspace Seabourne",
    kind: "charity",
    description:
      "A young people's mental health charity. It offers free counselling, anxiety groups, a youth club and online support for 11 to 25 year olds.",
    email: "hello@mindspaceseabourne.example.org",
    website: "https://mindspaceseabourne.example.org",
  },
  {
    slug: "seabourne-disability-sports-trust",
    name: "Seabourne Disability Sports Trust",
    kind: "charity",
    description:
      "A charity that gets disabled children and young people into sport, with clubs for wheelchair basketball, boccia, frame football, visually impaired football and trampolining.",
    email: "play@seabournedisabilitysport.example.org",
    website: "https://seabournedisabilitysport.example.org",
  },
  {
    slug: "coastal-downs-syndrome-support",
    name: "Coastal Down's Syndrome Support",
    kind: "charity",
    description: "A family-run support group for people with Down's syndrome and their families along the coast.",
    email: "hello@coastaldss.example.org",
    website: "https://coastaldss.example.org",
  },
  {
    slug: "langmere-outdoor-centre",
    name: "Langmere Outdoor Centre",
    kind: "charity",
    description:
      "An accessible outdoor activity centre in the Lake District, running adventure breaks for disabled children and young people.",
    email: "bookings@langmere.example.org",
    website: "https://langmere.example.org",
  },
  {
    slug: "sandcastle-therapy",
    name: "Sandcastle Therapy",
    kind: "private",
    description:
      "A private children's therapy practice in Pennock Sands offering occupational therapy and sensory assessments.",
    email: "hello@sandcastletherapy.example.org",
    website: "https://sandcastletherapy.example.org",
  },
  {
    slug: "promenade-cinema",
    name: "Promenade Cinema",
    kind: "private",
    description: "An independent four-screen cinema on Seabourne's North Promenade.",
    email: "boxoffice@promenadecinema.example.org",
    website: "https://promenadecinema.example.org",
  },
  {
    slug: "step-forward-employment",
    name: "Step Forward Employment",
    kind: "private",
    description:
      "A community interest company that helps young disabled people find and keep paid work, with job coaches funded by Seabourne Council.",
    email: "hello@stepforward.example.org",
    website: "https://stepforward.example.org",
  },
  {
    slug: "bright-tide-care",
    name: "Bright Tide Care",
    kind: "private",
    description:
      "A registered home care agency providing sitting and support services for disabled children and young people.",
    email: "office@brighttidecare.example.org",
    website: "https://brighttidecare.example.org",
  },
  {
    slug: "marsh-end-explorers",
    name: "Marsh End Explorers",
    kind: "community",
    description: "A volunteer-run outdoor adventure group in Marsh End that welcomes children with additional needs.",
    email: "leaders@marshendexplorers.example.org",
  },
  {
    slug: "pennock-sands-community-association",
    name: "Pennock Sands Community Association",
    kind: "community",
    description:
      "Runs Pennock Sands Community Centre, the Rockpool sensory room, the Driftwood Café training café and the beach wheelchair loan scheme.",
    email: "office@pennocksandsca.example.org",
    website: "https://pennocksandsca.example.org",
  },
];

// ---------------------------------------------------------------------------------------------
// Services
// ---------------------------------------------------------------------------------------------

export const demoServices: DemoService[] = [
  // ------------------------------------------------------------------ Education
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
  // ------------------------------------------------------------------ Health
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
  // ------------------------------------------------------------------ Social care
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
  // ------------------------------------------------------------------ Leisure
  {
    organisation: "seabourne-council",
    slug: "splash-inclusive-swimming",
    name: "Splash: inclusive swimming sessions",
    summary:
      "Quieter, warmer pool sessions for disabled children, young people and their families at Seabourne Leisure Centre, with a pool hoist and helpful lifeguards.",
    description: paras(
      "Splash sessions are for families who find ordinary public swims too busy or noisy. The music is off, the lights are lower, the water is a little warmer and there are fewer people in the pool.",
      "There is a pool hoist, floats and toys, and a Changing Places toilet with a changing bench. Carers go free. We also run small-group learn-to-swim lessons for disabled children on Saturday mornings.",
    ),
    whoFor: "Disabled children and young people aged 0 to 25 and their families.",
    accessMethod: "drop_in",
    url: "https://www.seabourne.gov.uk/leisure/splash",
    email: "leisure@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 25,
    costType: "paid",
    costOptions: [
      { option: "Child or young person", amount: 3.2, amountDescription: "£3.20 per session" },
      { option: "Parent or carer", amount: 0, amountDescription: "Free" },
      { option: "Learn-to-swim lesson", amount: 5.75, amountDescription: "£5.75 per lesson, paid monthly" },
    ],
    categories: ["leisure"],
    needs: ["physical", "sensory", "autism", "learning-disability", "complex-medical"],
    areas: ["central"],
    contacts: [
      { title: "Leisure centre reception", email: "leisure@seabourne.gov.uk", phones: [{ number: "01632 960 410" }] },
    ],
    locations: [venue.leisureCentre],
    schedules: [
      { byday: ["SU"], opensAt: "16:00", closesAt: "17:00", description: "Drop-in family swim" },
      { byday: ["SA"], opensAt: "09:00", closesAt: "10:00", description: "Learn-to-swim lessons, booking needed" },
    ],
    languages: [english],
    sendAnswers: {
      approach: "Quieter, calmer sessions with lower lighting, no music and fewer swimmers.",
      staff_training: "Lifeguards and swimming teachers have disability swimming training.",
      accessibility: "Pool hoist, Changing Places toilet, accessible changing rooms and blue badge parking.",
      complaints: "Speak to the duty manager or email leisure@seabourne.gov.uk.",
    },
    tags: ["families", "swimming"],
    lastCheckedAt: "2026-08-20",
  },
  {
    organisation: "seabourne-mencap",
    slug: "friday-night-youth-club",
    name: "Friday Night Youth Club",
    summary:
      "A fun Friday night youth club for young people with a learning disability or autism, with games, music, cooking and trips.",
    description: paras(
      "Friday Night Youth Club is a place to hang out, have fun and see friends. There is a games room, karaoke, cooking, arts and crafts and a chill-out room. In the summer we go bowling, to the beach and to the fair.",
      "Our youth workers and volunteers know how to support young people with a learning disability or autism. Parents can drop young people off and come back later.",
    ),
    whoFor: "Young people aged 11 to 19 with a learning disability or autism.",
    accessMethod: "self_refer",
    url: "https://seabournemencap.example.org/youth-club",
    email: "youth@seabournemencap.example.org",
    minimumAge: 11,
    maximumAge: 19,
    costType: "paid",
    costOptions: [{ option: "Per session", amount: 3, amountDescription: "£3 per session, including a snack" }],
    categories: ["leisure"],
    needs: ["learning-disability", "autism", "speech-language"],
    areas: ["central"],
    contacts: [
      { title: "Youth club leader", email: "youth@seabournemencap.example.org", phones: [{ number: "01632 960 120" }] },
    ],
    locations: [venue.laurelStreetHall],
    schedules: [{ byday: ["FR"], opensAt: "18:00", closesAt: "20:30", termTimeOnly: true }],
    languages: [english],
    sendAnswers: {
      approach:
        "Activities are chosen by the young people at a monthly members' meeting. We use Makaton and picture menus.",
      wellbeing: "A good place for making friends. Volunteers help quieter members join in.",
      staff_training: "Youth workers have safeguarding, first aid and autism training.",
      accessibility: "Step-free hall with a Changing Places toilet and a quiet room.",
    },
    tags: ["young people", "youth club"],
    lastCheckedAt: "2026-09-25",
  },
  {
    organisation: "promenade-cinema",
    slug: "autism-friendly-relaxed-cinema-screenings",
    name: "Autism-friendly relaxed cinema screenings",
    summary:
      "Monthly relaxed film screenings with the lights up, the sound down and no adverts. You can move around, make noise and come and go as you like.",
    description: paras(
      "Our relaxed screenings are for anyone who finds the cinema too loud, too dark or too hard to sit still in. They are popular with autistic children and adults, children with ADHD and families of children with sensory needs.",
      "The lights stay on low, the sound is turned down, there are no adverts or trailers, and nobody will mind if you talk, sing, flap or walk about. There is a quiet room in the foyer if anyone needs a break.",
      "Carers go free with a CEA card.",
    ),
    whoFor: "Children, young people and families who would enjoy a calmer cinema trip. Everyone is welcome.",
    accessMethod: "self_refer",
    url: "https://promenadecinema.example.org/relaxed",
    email: "boxoffice@promenadecinema.example.org",
    minimumAge: 0,
    maximumAge: 25,
    costType: "paid",
    costOptions: [
      { option: "Ticket", amount: 4.5, amountDescription: "£4.50 per person" },
      { option: "Carer with a CEA card", amount: 0, amountDescription: "Free" },
    ],
    categories: ["leisure"],
    needs: ["autism", "sensory", "adhd", "learning-disability"],
    areas: ["central"],
    contacts: [
      { title: "Box office", email: "boxoffice@promenadecinema.example.org", phones: [{ number: "01632 960 440" }] },
    ],
    locations: [venue.promenadeCinema],
    schedules: [
      {
        byday: ["SU"],
        opensAt: "10:30",
        closesAt: "12:30",
        freq: "MONTHLY",
        description: "First Sunday of the month; family film",
      },
    ],
    languages: [english],
    sendAnswers: {
      approach: "Lights up, sound down, no adverts, and freedom to move and make noise.",
      accessibility: "Step-free, wheelchair spaces in every screen, hearing loop and a quiet room.",
      staff_training: "Front-of-house staff have autism awareness training.",
      complaints: "Email the cinema manager at boxoffice@promenadecinema.example.org.",
    },
    tags: ["families", "cinema"],
    lastCheckedAt: "2026-11-02",
  },
  {
    organisation: "pennock-sands-community-association",
    slug: "rockpool-sensory-room",
    name: "The Rockpool sensory room",
    summary:
      "A free-to-book sensory room with bubble tubes, lights, music and a water bed at Pennock Sands Community Centre. Book a private hour for your family.",
    description: paras(
      "The Rockpool is a calm, dark room full of things to see, hear and touch: bubble tubes, fibre optic lights, a projector, music, a vibrating water bed and soft play. It can help children relax, explore and communicate.",
      "Book a private hour for your family by phone or online. Sessions are free, thanks to funding from the council's short breaks budget. A volunteer will show you how everything works on your first visit.",
    ),
    whoFor:
      "Disabled children and young people aged 0 to 25 and their families, especially those with sensory, complex or profound needs.",
    accessMethod: "self_refer",
    url: "https://pennocksandsca.example.org/rockpool",
    email: "office@pennocksandsca.example.org",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["leisure"],
    needs: ["sensory", "complex-medical", "autism", "vision", "learning-disability"],
    areas: ["south"],
    contacts: [
      { title: "Centre office", email: "office@pennocksandsca.example.org", phones: [{ number: "01632 960 015" }] },
    ],
    locations: [venue.pennockSandsCommunityCentre],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR"],
        opensAt: "09:30",
        closesAt: "16:30",
        description: "Bookable one-hour sessions",
      },
      { byday: ["SA"], opensAt: "10:00", closesAt: "14:00", description: "Bookable one-hour sessions" },
    ],
    languages: [english],
    sendAnswers: {
      accessibility: "Step-free with a Changing Places toilet next door and a hoist in the sensory room.",
      approach: "Families control the room themselves using a simple switch panel.",
      staff_training: "Volunteers have had sensory room and safeguarding training.",
      complaints: "Contact the centre manager at office@pennocksandsca.example.org.",
    },
    tags: ["families", "sensory room"],
    lastCheckedAt: "2026-05-06",
  },
  {
    organisation: "seabourne-disability-sports-trust",
    slug: "disability-multi-sports-club",
    name: "Disability multi-sports club",
    summary:
      "Weekly sports sessions for disabled children and young people, including wheelchair basketball, boccia, frame football and visually impaired football.",
    description: paras(
      "Our multi-sports club is a chance to try different sports, get fit and be part of a team. Coaches adapt every game so everyone can take part, whatever their disability.",
      "Sports include wheelchair basketball, boccia (a bit like bowls, played seated), frame football for players who use walking frames, and football with a ball that rattles for blind and partially sighted players. Sports wheelchairs are provided.",
      "Some members go on to compete in regional and national events.",
    ),
    whoFor: "Disabled children and young people aged 8 to 25.",
    accessMethod: "self_refer",
    url: "https://seabournedisabilitysport.example.org/multi-sports",
    email: "play@seabournedisabilitysport.example.org",
    minimumAge: 8,
    maximumAge: 25,
    costType: "paid",
    costOptions: [{ option: "Per session", amount: 2, amountDescription: "£2 per session; first two sessions free" }],
    categories: ["leisure"],
    needs: ["physical", "vision", "learning-disability", "hearing"],
    areas: ["north"],
    contacts: [
      {
        title: "Head coach",
        email: "play@seabournedisabilitysport.example.org",
        phones: [{ number: "01632 960 902" }],
      },
    ],
    locations: [venue.thornbySportsHall],
    schedules: [
      { byday: ["TU"], opensAt: "17:30", closesAt: "19:00", description: "Wheelchair basketball and boccia" },
      { byday: ["SA"], opensAt: "10:00", closesAt: "12:00", description: "Frame football and VI football" },
    ],
    languages: [english, bsl],
    sendAnswers: {
      approach: "Coaches adapt rules, equipment and pitch sizes so every player can join in.",
      wellbeing: "Being part of a team builds confidence and friendships.",
      staff_training: "All coaches hold disability sport coaching awards. One coach uses BSL.",
      accessibility: "Step-free sports hall with accessible changing rooms and blue badge parking.",
    },
    tags: ["children", "young people", "sport"],
    lastCheckedAt: "2026-09-09",
  },
  {
    organisation: "seabourne-disability-sports-trust",
    slug: "inclusive-trampolining",
    name: "Inclusive trampolining",
    summary:
      "Small-group trampolining for children who love to bounce, including children with autism, ADHD and sensory needs. Qualified coaches and a calm, quieter session.",
    description: paras(
      "Bouncing is great fun and helps with balance, strength and co-ordination. Many children who need lots of movement find it calming too.",
      "Sessions are small, with a maximum of six children per trampoline and a coach on every bed. Children can take breaks whenever they need.",
    ),
    whoFor: "Children and young people aged 5 to 16.",
    accessMethod: "self_refer",
    url: "https://seabournedisabilitysport.example.org/trampolining",
    email: "play@seabournedisabilitysport.example.org",
    minimumAge: 5,
    maximumAge: 16,
    costType: "paid",
    costOptions: [{ option: "Per session", amount: 6, amountDescription: "£6 per 45-minute session" }],
    categories: ["leisure"],
    needs: ["sensory", "adhd", "autism"],
    areas: ["north"],
    contacts: [
      {
        title: "Trampolining coach",
        email: "play@seabournedisabilitysport.example.org",
        phones: [{ number: "01632 960 902" }],
      },
    ],
    locations: [venue.thornbySportsHall],
    schedules: [{ byday: ["TH"], opensAt: "16:30", closesAt: "18:00", termTimeOnly: true }],
    languages: [english],
    tags: ["children", "sport"],
    lastCheckedAt: "2026-09-09",
  },
  {
    organisation: "seabourne-council",
    slug: "holiday-activities-and-food-programme",
    name: "Holiday Activities and Food (HAF) programme",
    summary:
      "Free holiday clubs with a healthy meal for children who get benefits-related free school meals. Many clubs have places and extra staff for children with SEND.",
    description: paras(
      "The Holiday Activities and Food programme (HAF) runs free clubs in the Easter, summer and Christmas holidays. Children do sport, arts, cooking and days out, and get a healthy meal every day.",
      "Children with SEND are welcome at every club. Some clubs have extra staff and quiet spaces, and a few are specialist clubs just for children with additional needs. Tell us about your child's needs when you book and we will help you find the right club.",
      "Booking opens about four weeks before each holiday. You will need the code from your child's school.",
    ),
    whoFor:
      "Children and young people aged 5 to 16 who get benefits-related free school meals. Some places are for children with SEND who do not get free school meals.",
    accessMethod: "self_refer",
    eligibility:
      "Children who receive benefits-related free school meals, plus a number of places for other children with SEND.",
    url: "https://www.seabourne.gov.uk/haf",
    email: "haf@seabourne.gov.uk",
    minimumAge: 5,
    maximumAge: 16,
    costType: "free",
    categories: ["leisure"],
    needs: ["autism", "adhd", "semh", "learning-disability", "physical"],
    areas: ["whole"],
    contacts: [{ title: "HAF co-ordinator", email: "haf@seabourne.gov.uk", phones: [{ number: "01632 960 420" }] }],
    locations: [venue.thornbyFamilyHub, venue.hollinsParkYouthCentre, venue.pennockSandsCommunityCentre],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH"],
        opensAt: "10:00",
        closesAt: "14:00",
        description: "School holidays only: Easter, summer and Christmas",
      },
    ],
    languages: [english, polish],
    sendAnswers: {
      approach: "Clubs tell you in advance about the day's plan, and offer a quiet space and extra staff where needed.",
      staff_training: "All HAF providers have SEND awareness training before the holidays.",
      accessibility: "Each club listing on the HAF website says whether it is step-free and has an accessible toilet.",
      complaints: "Contact the HAF co-ordinator at haf@seabourne.gov.uk.",
    },
    tags: ["children", "holidays"],
    lastCheckedAt: "2026-06-10",
  },
  {
    organisation: "marsh-end-explorers",
    slug: "marsh-end-explorers-adventure-group",
    name: "Marsh End Explorers adventure group",
    summary:
      "A scouts-style outdoor group in Marsh End where children with and without additional needs go camping, rock-pooling, den-building and cooking on a fire.",
    description: paras(
      "Marsh End Explorers meets every week in Marsh End Village Hall and outdoors on the marshes and beach. Children earn badges for things like first aid, camping, birdwatching and knots.",
      "We are a mixed group, and about a third of our members have additional needs such as autism, ADHD or a physical disability. Our leaders are volunteers, many of them parents, and will talk with you about what helps your child.",
      "Come along for a free taster session. We have a small fund for uniforms and camps.",
    ),
    whoFor: "Children aged 6 to 14, with or without additional needs.",
    accessMethod: "self_refer",
    email: "leaders@marshendexplorers.example.org",
    minimumAge: 6,
    maximumAge: 14,
    costType: "paid",
    costOptions: [
      { option: "Weekly subs", amount: 2, amountDescription: "£2 per week" },
      { option: "Weekend camp", amount: 35, amountDescription: "About £35; help available" },
    ],
    categories: ["leisure"],
    needs: ["autism", "adhd", "physical", "hearing"],
    areas: ["north"],
    contacts: [
      { title: "Group leader", email: "leaders@marshendexplorers.example.org", phones: [{ number: "01632 960 664" }] },
    ],
    locations: [venue.marshEndVillageHall],
    schedules: [{ byday: ["WE"], opensAt: "18:00", closesAt: "19:30", termTimeOnly: true }],
    languages: [english],
    sendAnswers: {
      approach:
        "Small groups, clear routines and a visual plan for each meeting. Children can bring a parent for the first few weeks.",
      wellbeing: "Buddying with older members helps children make friends.",
      accessibility:
        "The hall has a ramp and accessible toilet. Outdoor activities are chosen so everyone can join in.",
      staff_training: "Leaders have safeguarding and first aid training, and several have autism awareness training.",
    },
    tags: ["children", "outdoors"],
    lastCheckedAt: "2026-04-22",
  },
  {
    organisation: "pennock-sands-community-association",
    slug: "beach-wheelchair-hire-pennock-sands",
    name: "Beach wheelchair loan, Pennock Sands",
    summary:
      "Borrow a beach wheelchair with big balloon tyres for free, so wheelchair users can get down onto the sand and to the water's edge at Pennock Sands.",
    description: paras(
      "Ordinary wheelchairs sink in sand. Our beach wheelchairs have wide balloon tyres that roll over the beach, and some can go into shallow water. We have child and adult sizes, and one with a reclining, supportive seat.",
      "Book a chair by phone for a two-hour slot and collect it from Beach Hut 12 next to the lifeboat station. A volunteer will show you how to use it. There is a free donation box.",
    ),
    whoFor: "Disabled children, young people and adults who use a wheelchair or have difficulty walking on sand.",
    accessMethod: "self_refer",
    url: "https://pennocksandsca.example.org/beach-wheelchairs",
    email: "office@pennocksandsca.example.org",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["leisure"],
    needs: ["physical", "complex-medical"],
    areas: ["south"],
    contacts: [
      {
        title: "Beach wheelchair volunteer",
        email: "office@pennocksandsca.example.org",
        phones: [{ number: "01632 960 016", description: "Bookings, 9am to 4pm" }],
      },
    ],
    locations: [venue.pennockSandsBeachHut],
    schedules: [
      {
        byday: ["SA", "SU"],
        opensAt: "10:00",
        closesAt: "17:00",
        description: "April to October; weekdays in the school summer holidays too",
      },
    ],
    languages: [english],
    tags: ["families", "wheelchair users", "beach"],
    lastCheckedAt: "2026-04-01",
  },
  {
    organisation: "seabourne-council",
    slug: "sensory-storytime",
    name: "Sensory storytime at the library",
    summary:
      "A short, relaxed storytime with props, textures, songs and signing for babies and young children, including those with additional needs. Just drop in.",
    description: paras(
      "Sensory storytime brings stories to life with things to touch, smell, hear and see. We use Makaton signs and simple songs, and children can move around, lie down or come and go as they need.",
      "It is a gentle first group for families who find busy toddler groups hard. Just drop in, no need to book.",
    ),
    whoFor: "Babies and children aged 0 to 4 and their parents or carers.",
    accessMethod: "drop_in",
    url: "https://www.seabourne.gov.uk/libraries/sensory-storytime",
    email: "libraries@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 4,
    costType: "free",
    categories: ["leisure", "education"],
    needs: ["sensory", "speech-language", "autism", "learning-disability"],
    areas: ["central", "north"],
    contacts: [
      { title: "Children's librarian", email: "libraries@seabourne.gov.uk", phones: [{ number: "01632 960 430" }] },
    ],
    locations: [venue.centralLibrary, venue.thornbyLibrary],
    schedules: [
      {
        byday: ["MO"],
        opensAt: "10:30",
        closesAt: "11:00",
        description: "Drop-in",
        locationName: "Seabourne Central Library",
      },
      { byday: ["TH"], opensAt: "10:30", closesAt: "11:00", description: "Drop-in", locationName: "Thornby Library" },
    ],
    languages: [english],
    tags: ["parents", "toddlers", "library"],
    lastCheckedAt: "2026-10-12",
  },
  {
    organisation: "seabourne-deaf-childrens-society",
    slug: "deaf-youth-club-and-family-days",
    name: "Deaf youth club and family days",
    summary:
      "A youth club and regular family days where deaf children and young people can meet other deaf young people and deaf role models. BSL and spoken English used.",
    description: paras(
      "Deaf children can feel left out when everyone else is hearing. At our youth club and family days, deaf children meet others like them and deaf adults who can be role models.",
      "Communication is in British Sign Language (BSL) and spoken English, so everyone can take part whatever way they communicate. Family days include trips, picnics and workshops for parents.",
    ),
    whoFor: "Deaf children and young people aged 5 to 18, and their families, brothers and sisters.",
    accessMethod: "self_refer",
    url: "https://seabournedeafchildren.example.org/youth-club",
    email: "info@seabournedeafchildren.example.org",
    minimumAge: 5,
    maximumAge: 18,
    costType: "free",
    categories: ["leisure", "advice"],
    needs: ["hearing"],
    areas: ["central", "whole"],
    contacts: [
      {
        title: "Youth worker",
        email: "info@seabournedeafchildren.example.org",
        phones: [{ number: "07700 900 515", description: "Text or WhatsApp (including video calls in BSL)" }],
      },
    ],
    locations: [venue.hollinsParkYouthCentre],
    schedules: [
      { byday: ["TU"], opensAt: "18:00", closesAt: "20:00", termTimeOnly: true, description: "Youth club, 11 to 18" },
      {
        byday: ["SA"],
        opensAt: "10:00",
        closesAt: "15:00",
        freq: "MONTHLY",
        description: "Family day, second Saturday of the month",
      },
    ],
    languages: [english, bsl],
    sendAnswers: {
      approach: "All activities are in BSL and spoken English with good lighting and minimal background noise.",
      wellbeing: "Meeting deaf peers and role models builds confidence and a sense of belonging.",
      staff_training: "Our youth worker is deaf and a fluent BSL user. Volunteers have deaf awareness training.",
      accessibility: "Hearing loop, step-free entrance and a room set up for signing (chairs in a circle, good light).",
    },
    tags: ["deaf", "young people", "siblings", "BSL"],
    lastCheckedAt: "2026-07-15",
  },
  {
    organisation: "langmere-outdoor-centre",
    slug: "langmere-accessible-adventure-breaks",
    name: "Accessible adventure breaks at Langmere",
    summary:
      "Residential adventure breaks in the Lake District for disabled children and young people: canoeing, climbing, zip wire and campfires, with fully accessible rooms.",
    description: paras(
      "Langmere Outdoor Centre runs two- to five-night adventure breaks for disabled young people, with or without their families. Activities include adapted canoeing and sailing, climbing, a zip wire, accessible trails and campfire nights.",
      "The lodge has accessible bedrooms with ceiling hoists and a Changing Places toilet. Staff can give medication and personal care. Seabourne families can sometimes use direct payments or short breaks funding towards the cost.",
      "Langmere is about an hour and a half's drive from Seabourne.",
    ),
    whoFor:
      "Disabled children and young people aged 8 to 25, including those with complex needs, and their families or school groups.",
    accessMethod: "self_refer",
    url: "https://langmere.example.org",
    email: "bookings@langmere.example.org",
    minimumAge: 8,
    maximumAge: 25,
    costType: "paid",
    costOptions: [
      { option: "Weekend break (2 nights), full board", amount: 195, amountDescription: "£195 per young person" },
      { option: "Family break, per family per night", amount: 140 },
    ],
    categories: ["leisure"],
    needs: ["physical", "learning-disability", "complex-medical", "vision"],
    areas: ["out_of_area"],
    contacts: [
      { title: "Bookings team", email: "bookings@langmere.example.org", phones: [{ number: "015394 60 212" }] },
    ],
    locations: [venue.langmere],
    schedules: [
      {
        byday: ["FR", "SA", "SU"],
        opensAt: "09:00",
        closesAt: "17:00",
        description: "Weekend and holiday breaks; midweek breaks for groups",
      },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs: "Families complete a detailed booking form and talk to our care lead before arrival.",
      approach: "Every activity has adapted equipment, including hoists for boats and all-terrain wheelchairs.",
      staff_training:
        "Instructors hold national outdoor qualifications and training in personal care, medication and epilepsy.",
      accessibility: "Accessible lodge, Changing Places toilet, hoists and wheelchair-accessible boats and trails.",
    },
    tags: ["families", "young people", "outdoors"],
    lastCheckedAt: "2025-09-11",
  },
  {
    organisation: "mindspace-seabourne",
    slug: "chill-out-youth-club",
    name: "Chill Out youth club",
    summary:
      "A calm, low-pressure youth club for young people who feel anxious in busy places or find it hard to fit in. Drop in for games, art, music and a chat.",
    description: paras(
      "Chill Out is a youth club for young people who find ordinary youth clubs too loud or overwhelming. It is small, quiet and friendly. You can play board games or video games, do art, listen to music, or just sit and chat.",
      "Youth workers are around if you want to talk about anything that is worrying you. Lots of members are autistic or have ADHD, and many say they came because they felt lonely.",
      "Just turn up. You can bring a parent or friend the first time.",
    ),
    whoFor: "Young people aged 11 to 18 who feel anxious, lonely or find it hard to fit in.",
    accessMethod: "drop_in",
    url: "https://mindspaceseabourne.example.org/chill-out",
    email: "hello@mindspaceseabourne.example.org",
    minimumAge: 11,
    maximumAge: 18,
    costType: "free",
    categories: ["leisure"],
    needs: ["semh", "autism", "adhd"],
    areas: ["central"],
    contacts: [
      { title: "Youth worker", email: "hello@mindspaceseabourne.example.org", phones: [{ number: "01632 960 300" }] },
    ],
    locations: [venue.hollinsParkYouthCentre],
    schedules: [{ byday: ["WE"], opensAt: "16:00", closesAt: "18:30", description: "Drop-in, no need to book" }],
    languages: [english],
    sendAnswers: {
      wellbeing:
        "The club is all about feeling safe and making friends at your own pace. There is always a quiet corner.",
      approach: "No pressure to join in. Young people choose what they want to do.",
      staff_training: "Youth workers have mental health first aid and autism awareness training.",
      accessibility: "Step-free entrance, accessible toilet and a chill-out room.",
    },
    tags: ["young people", "youth club"],
    lastCheckedAt: "2026-08-11",
  },
  {
    organisation: "southcliffe-bay-school",
    slug: "community-hydrotherapy-sessions",
    name: "Community hydrotherapy pool sessions",
    summary:
      "Family sessions in the warm hydrotherapy pool at Southcliffe Bay School for children with physical disabilities and complex needs. Temporarily closed for repairs.",
    description: paras(
      "The hydrotherapy pool is kept at 34 degrees, which helps stiff muscles relax and makes movement easier. Families can book a private 30-minute session out of school hours, with a pool hoist and changing bed.",
      "The pool is closed while the heating and filter system are replaced. We expect to reopen in spring 2027.",
    ),
    whoFor:
      "Children and young people aged 0 to 25 with physical disabilities or complex medical needs, and their families.",
    status: "temporarily_closed",
    closureMessage:
      "The pool is closed while the heating and filter system are replaced. We expect to reopen on 1 March 2027. Children's physiotherapy can suggest other pools in the meantime.",
    reopeningDate: "2027-03-01",
    accessMethod: "self_refer",
    eligibility:
      "Families must complete a short health form before the first session. Some children need a note from their physiotherapist.",
    url: "https://southcliffebay.example.org/hydrotherapy",
    email: "office@southcliffebay.example.org",
    minimumAge: 0,
    maximumAge: 25,
    costType: "paid",
    costOptions: [{ option: "30-minute family session", amount: 8, amountDescription: "£8 per session" }],
    categories: ["leisure", "health"],
    needs: ["physical", "complex-medical"],
    areas: ["south"],
    contacts: [
      { title: "School office", email: "office@southcliffebay.example.org", phones: [{ number: "01632 960 820" }] },
    ],
    locations: [venue.southcliffeBaySchool],
    schedules: [
      { byday: ["TU", "TH"], opensAt: "16:00", closesAt: "18:30", description: "Bookable sessions (when open)" },
      { byday: ["SA"], opensAt: "09:00", closesAt: "12:00", description: "Bookable sessions (when open)" },
    ],
    languages: [english],
    sendAnswers: {
      accessibility: "Pool hoist, changing bed, Changing Places toilet and step-free access.",
      staff_training: "A trained pool attendant is on duty at every session.",
      working_with_others: "Children's physiotherapists can give you a programme to follow in the pool.",
      complaints: "Contact the school office.",
    },
    tags: ["families", "swimming"],
    lastCheckedAt: "2026-11-03",
  },
  {
    organisation: "seabourne-council",
    slug: "toy-and-sensory-library",
    name: "Toy and sensory equipment library",
    summary:
      "Borrow specialist toys, switch-adapted toys and sensory equipment for free, to try at home before you buy. Temporarily closed while moving to Thornby Library.",
    description: paras(
      "Specialist toys and sensory equipment can be very expensive. Our toy library lets families borrow things like light-up toys, switch-adapted toys, weighted blankets, ear defenders and communication aids for four weeks at a time.",
      "The toy library is moving from the old Marsh End Children's Centre to Thornby Library. It will reopen in January 2027.",
    ),
    whoFor: "Families of children and young people aged 0 to 18 with SEND.",
    status: "temporarily_closed",
    closureMessage:
      "The toy library is closed while it moves to a new home at Thornby Library. It will reopen on 11 January 2027.",
    reopeningDate: "2027-01-11",
    accessMethod: "self_refer",
    url: "https://www.seabourne.gov.uk/libraries/toy-library",
    email: "libraries@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 18,
    costType: "free",
    categories: ["leisure", "education"],
    needs: ["sensory", "learning-disability", "complex-medical", "vision"],
    areas: ["north"],
    contacts: [
      { title: "Toy library co-ordinator", email: "libraries@seabourne.gov.uk", phones: [{ number: "01632 960 432" }] },
    ],
    locations: [venue.thornbyLibrary],
    schedules: [{ byday: ["TU", "SA"], opensAt: "10:00", closesAt: "13:00" }],
    languages: [english],
    tags: ["parents", "toys"],
    lastCheckedAt: "2026-10-19",
  },
  {
    organisation: "seabourne-family-hubs",
    slug: "marsh-end-additional-needs-stay-and-play",
    name: "Additional needs stay and play, Marsh End",
    summary: "This stay and play group for under 5s with additional needs has stopped running.",
    description: paras(
      "This weekly stay and play group for babies and toddlers with additional needs used to meet at Marsh End Children's Centre. It stopped when the children's centre closed.",
      "Similar groups now run at Thornby Family Hub. Contact the family hubs team to find the nearest group.",
    ),
    whoFor: "Children aged 0 to 4 with additional needs and their parents or carers.",
    status: "defunct",
    closureMessage:
      "This group has stopped running. Try the Little Explorers stay and play group at Thornby Family Hub instead.",
    accessMethod: "drop_in",
    email: "familyhubs@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 4,
    costType: "free",
    categories: ["leisure"],
    needs: ["learning-disability", "speech-language", "physical"],
    areas: ["north"],
    contacts: [
      { title: "Family hubs team", email: "familyhubs@seabourne.gov.uk", phones: [{ number: "01632 960 500" }] },
    ],
    languages: [english],
    tags: ["parents", "toddlers"],
    lastCheckedAt: "2025-09-04",
  },
  {
    organisation: "seabourne-mencap",
    slug: "saturday-drama-club",
    name: "Saturday drama club",
    summary:
      "A drama and performing arts club for young people with learning disabilities. Not running at the moment while we look for a new leader.",
    description: paras(
      "Our drama club helps young people build confidence through acting games, music and putting on a show each summer.",
      "The club is not running at the moment while we recruit a new drama leader. Get in touch to join the waiting list and we will let you know when it restarts.",
    ),
    whoFor: "Young people aged 12 to 25 with a learning disability.",
    status: "inactive",
    accessMethod: "self_refer",
    email: "info@seabournemencap.example.org",
    minimumAge: 12,
    maximumAge: 25,
    costType: "paid",
    costOptions: [{ option: "Per session", amount: 4, amountDescription: "£4 per session" }],
    categories: ["leisure"],
    needs: ["learning-disability", "autism"],
    areas: ["central"],
    contacts: [
      {
        title: "Activities co-ordinator",
        email: "info@seabournemencap.example.org",
        phones: [{ number: "01632 960 120" }],
      },
    ],
    locations: [venue.laurelStreetHall],
    languages: [english],
    tags: ["young people", "drama"],
    lastCheckedAt: "2025-12-15",
  },
  // ------------------------------------------------------------------ Preparing for adulthood
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
  // ------------------------------------------------------------------ Advice and support
  {
    organisation: "seabourne-parent-carer-forum",
    slug: "seabourne-parent-carer-forum",
    name: "Seabourne Parent Carer Forum",
    summary:
      "A group run by and for parents and carers of children and young people with SEND. Join for free to meet other families, get information and help shape local services.",
    description: paras(
      "Seabourne Parent Carer Forum is run by parents who understand what it is like. We are not a council service. We listen to families' experiences and take them to the council and NHS so services get better.",
      "Members get a monthly newsletter, invitations to coffee mornings and workshops, and a chance to have their say in surveys and meetings. Our Facebook group is a friendly place to ask other parents for tips.",
      "Joining is free, and you can be as involved as you like.",
    ),
    whoFor: "Parents and carers of children and young people aged 0 to 25 with SEND who live in Seabourne.",
    accessMethod: "self_refer",
    url: "https://seabournepcf.example.org",
    email: "hello@seabournepcf.example.org",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["advice"],
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
      { title: "Forum co-ordinator", email: "hello@seabournepcf.example.org", phones: [{ number: "01632 960 900" }] },
    ],
    locations: [venue.hollinsParkFamilyHub],
    schedules: [
      {
        byday: ["TH"],
        opensAt: "10:00",
        closesAt: "12:00",
        freq: "MONTHLY",
        description: "Coffee morning, first Thursday of the month",
        locationName: "Hollins Park Family Hub",
      },
    ],
    languages: [english],
    sendAnswers: {
      involving_families: "Everything we do starts with what parents and carers tell us.",
      working_with_others: "We sit on the SEND Partnership Board with the council, NHS and schools.",
      effectiveness: "We publish a 'You said, we did' report every year.",
      complaints: "Contact the forum chair at hello@seabournepcf.example.org.",
    },
    tags: ["parents", "carers"],
    lastCheckedAt: "2026-11-05",
  },
  {
    organisation: "seabourne-council",
    slug: "seabourne-local-offer-team",
    name: "Seabourne Local Offer team",
    summary:
      "The team behind this website. Contact us if you can't find what you need, want to suggest a service, or have feedback about SEND services in Seabourne.",
    description: paras(
      "The Local Offer is where Seabourne Council publishes information about support for children and young people aged 0 to 25 with special educational needs and disabilities (SEND), and their families.",
      "If you cannot find what you are looking for, get in touch and we will try to help. We also welcome feedback about the website and about SEND services. We publish what families tell us and what we have done about it each year.",
      "Providers can contact us to add or update a listing.",
    ),
    whoFor: "Anyone looking for SEND information in Seabourne: families, young people and professionals.",
    accessMethod: "self_refer",
    url: "https://www.seabourne.gov.uk/localoffer",
    email: "localoffer@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["advice"],
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
      { title: "Local Offer officer", email: "localoffer@seabourne.gov.uk", phones: [{ number: "01632 960 200" }] },
    ],
    schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "17:00" }],
    languages: [english, bsl],
    sendAnswers: {
      involving_families:
        "We test changes to the website with parents and young people from the Parent Carer Forum and youth groups.",
      accessibility:
        "The website works with screen readers and on phones. Contact us for information in another format or language.",
      complaints: "Email localoffer@seabourne.gov.uk or use the council's complaints procedure.",
      effectiveness: "We publish an annual report of feedback and the changes we have made.",
    },
    tags: ["parents", "young people", "professionals"],
    lastCheckedAt: "2026-11-12",
  },
  {
    organisation: "seabourne-family-hubs",
    slug: "thornby-family-hub",
    name: "Thornby Family Hub",
    summary:
      "Your local family hub in the north of Seabourne. Drop in for advice, baby clinics, stay and play, parenting courses and SEND support.",
    description: paras(
      "Family hubs are friendly places where families can get help under one roof. At Thornby Family Hub you will find baby clinics, stay and play sessions, the Chatterbox speech and language drop-in, parenting courses and a SEND drop-in.",
      "Our family support workers can help with things like sleep, behaviour, money worries and finding the right service. Little Explorers is our stay and play group for under 5s with additional needs, every Friday morning.",
      "Just drop in, or call to talk to someone.",
    ),
    whoFor:
      "Families with children aged 0 to 19, or up to 25 for young people with SEND, in Thornby, Marsh End and the north of Seabourne.",
    accessMethod: "drop_in",
    url: "https://www.seabourne.gov.uk/family-hubs/thornby",
    email: "thornbyhub@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["advice"],
    needs: ["speech-language", "autism", "semh", "learning-disability"],
    areas: ["north"],
    contacts: [{ title: "Hub reception", email: "thornbyhub@seabourne.gov.uk", phones: [{ number: "01632 960 510" }] }],
    locations: [venue.thornbyFamilyHub],
    schedules: [
      { byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:30", closesAt: "17:00", description: "Drop in any time" },
      {
        byday: ["FR"],
        opensAt: "09:30",
        closesAt: "11:00",
        termTimeOnly: true,
        description: "Little Explorers stay and play for under 5s with additional needs",
      },
    ],
    languages: [english, polish],
    sendAnswers: {
      involving_families: "We ask families what groups and courses they want and plan each term around it.",
      accessibility: "Step-free, accessible toilet, hearing loop and free parking with blue badge spaces.",
      working_with_others:
        "Health visitors, speech and language therapy, SENDIASS, the Inclusion Team and local schools.",
      complaints: "Speak to the hub manager or use the council's complaints procedure.",
    },
    tags: ["parents", "family hub"],
    lastCheckedAt: "2026-10-01",
  },
  {
    organisation: "seabourne-family-hubs",
    slug: "hollins-park-family-hub",
    name: "Hollins Park Family Hub",
    summary:
      "The family hub for central Seabourne. Drop in for advice, health clinics, SEND support, parenting courses and groups for families with disabled children.",
    description: paras(
      "Hollins Park Family Hub is open every weekday for families with children and young people. There is a Changing Places toilet, a quiet room and a sensory corner, so families with disabled children can visit comfortably.",
      "Services here include the Portage stay and play group, the Chatterbox speech and language drop-in, sleep workshops, the Ask a SENCO drop-in, SENDIASS drop-ins and the Parent Carer Forum coffee morning. Our family support workers can also help with money worries and housing.",
    ),
    whoFor:
      "Families with children aged 0 to 19, or up to 25 for young people with SEND, in the town centre and Hollins Park.",
    accessMethod: "drop_in",
    url: "https://www.seabourne.gov.uk/family-hubs/hollins-park",
    email: "hollinsparkhub@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["advice"],
    needs: ["autism", "adhd", "speech-language", "semh", "physical"],
    areas: ["central"],
    contacts: [
      { title: "Hub reception", email: "hollinsparkhub@seabourne.gov.uk", phones: [{ number: "01632 960 520" }] },
    ],
    locations: [venue.hollinsParkFamilyHub],
    schedules: [
      { byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:30", closesAt: "17:00", description: "Drop in any time" },
    ],
    languages: [english, urdu, polish],
    sendAnswers: {
      accessibility: "Step-free, Changing Places toilet, quiet room and hearing loop.",
      working_with_others:
        "Health visitors, NHS therapies, SENDIASS, the Parent Carer Forum and the Inclusion Team all run sessions here.",
      wellbeing: "Our family support workers can offer one-to-one help for parents who are struggling.",
      complaints: "Speak to the hub manager or use the council's complaints procedure.",
    },
    tags: ["parents", "family hub"],
    lastCheckedAt: "2026-10-01",
  },
  {
    organisation: "seabourne-family-hubs",
    slug: "southcliffe-family-hub",
    name: "Southcliffe Family Hub",
    summary:
      "The family hub for Southcliffe, Pennock Sands and the south of Seabourne. Drop in for advice, baby clinics, a sensory room and SEND support.",
    description: paras(
      "Southcliffe Family Hub has a small sensory room that families can book, a garden play area and a baby clinic every Wednesday afternoon.",
      "Family support workers can help with routines, behaviour, sleep and finding other services. The hub hosts the Chatterbox speech and language drop-in, the Ask a SENCO drop-in, SENDIASS drop-ins and the dyslexia-friendly homework club.",
    ),
    whoFor:
      "Families with children aged 0 to 19, or up to 25 for young people with SEND, in Southcliffe, Pennock Sands and the south of Seabourne.",
    accessMethod: "drop_in",
    url: "https://www.seabourne.gov.uk/family-hubs/southcliffe",
    email: "southcliffehub@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["advice"],
    needs: ["speech-language", "sensory", "semh", "autism"],
    areas: ["south"],
    contacts: [
      { title: "Hub reception", email: "southcliffehub@seabourne.gov.uk", phones: [{ number: "01632 960 530" }] },
    ],
    locations: [venue.southcliffeFamilyHub],
    schedules: [
      { byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "08:30", closesAt: "17:00", description: "Drop in any time" },
    ],
    languages: [english],
    sendAnswers: {
      accessibility: "Step-free, accessible toilet, hearing loop and a bookable sensory room.",
      working_with_others: "Health visitors, NHS therapies, SENDIASS, the Inclusion Team and the Dyslexia Association.",
      complaints: "Speak to the hub manager or use the council's complaints procedure.",
      involving_families: "A parents' panel meets each term to tell us what they would like the hub to offer.",
    },
    tags: ["parents", "family hub"],
    lastCheckedAt: "2026-07-24",
  },
  {
    organisation: "seabourne-council",
    slug: "disability-benefits-advice",
    name: "Disability benefits advice (DLA, PIP and Carer's Allowance)",
    summary:
      "Free help from the council's welfare rights team to claim disability benefits for your child or young person, such as DLA, PIP and Carer's Allowance, and to challenge decisions.",
    description: paras(
      "Disability Living Allowance (DLA) is a benefit for children under 16 who need more care or supervision than other children their age, or have difficulty getting about. It is not means-tested, so it does not depend on your income. From 16, young people move on to Personal Independence Payment (PIP).",
      "If you care for your child for 35 hours a week or more, you may also be able to get Carer's Allowance. Getting DLA can also unlock other help, such as a Blue Badge and extra money in Universal Credit.",
      "Our welfare rights advisers can check what you are entitled to, help you fill in the long forms, and help you challenge a decision you think is wrong.",
    ),
    whoFor:
      "Families of disabled children and young people aged 0 to 25 in Seabourne, and young people claiming for themselves.",
    accessMethod: "self_refer",
    url: "https://www.seabourne.gov.uk/welfare-rights",
    email: "welfarerights@seabourne.gov.uk",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["advice"],
    needs: ["physical", "complex-medical", "learning-disability", "autism", "semh"],
    areas: ["whole"],
    contacts: [
      {
        title: "Welfare rights adviser",
        email: "welfarerights@seabourne.gov.uk",
        phones: [{ number: "01632 960 600" }],
      },
    ],
    locations: [venue.civicCentre],
    schedules: [
      { byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:30", closesAt: "16:00", description: "Phone advice line" },
      {
        byday: ["WE"],
        opensAt: "10:00",
        closesAt: "13:00",
        description: "Form-filling appointments at the Civic Centre",
      },
    ],
    languages: [english, urdu, polish],
    tags: ["parents", "young people", "benefits"],
    lastCheckedAt: "2026-08-14",
  },
  {
    organisation: "mindspace-seabourne",
    slug: "calm-minds-anxiety-support",
    name: "Calm Minds: anxiety support for young people",
    summary:
      "Free support for 11 to 18 year olds who feel anxious or worried a lot of the time, with one-to-one sessions and a six-week group. No referral needed.",
    description: paras(
      "Everyone feels worried sometimes. But if anxiety is stopping you going to school, seeing friends or sleeping, Calm Minds can help. You can talk to a trained practitioner one-to-one, or join a six-week group with other young people who feel the same.",
      "You will learn what anxiety is, why your body reacts the way it does, and practical ways to manage it. Sessions are relaxed and you never have to share more than you want to.",
      "You can refer yourself, or a parent, teacher or GP can refer you. If things are more serious, we will help you get support from CAMHS.",
    ),
    whoFor: "Young people aged 11 to 18 in Seabourne who feel anxious, worried or stressed.",
    accessMethod: "self_refer",
    waitingTime: "Usually 2 to 4 weeks",
    url: "https://mindspaceseabourne.example.org/calm-minds",
    email: "hello@mindspaceseabourne.example.org",
    minimumAge: 11,
    maximumAge: 18,
    costType: "free",
    categories: ["advice", "health"],
    needs: ["semh", "autism"],
    areas: ["central", "whole"],
    contacts: [
      {
        title: "Wellbeing practitioner",
        email: "hello@mindspaceseabourne.example.org",
        phones: [{ number: "01632 960 300" }],
      },
    ],
    locations: [venue.mindspace],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR"],
        opensAt: "10:00",
        closesAt: "19:00",
        description: "One-to-one sessions by appointment",
      },
      { byday: ["TH"], opensAt: "17:00", closesAt: "18:30", description: "Six-week anxiety group" },
    ],
    languages: [english],
    sendAnswers: {
      identifying_needs: "At the first session we ask what is worrying you and what you would like to be different.",
      approach:
        "Practical techniques based on cognitive behavioural therapy (CBT), adapted for autistic young people where needed.",
      wellbeing: "The group is a chance to meet others who feel anxious too, so you know you are not alone.",
      staff_training: "Practitioners are trained in CBT-based approaches and safeguarding.",
      accessibility: "Step-free entrance and a calm room with low lighting. Sessions can also be online.",
      effectiveness:
        "Young people fill in a short questionnaire at the start and end so we can see if things have improved.",
    },
    tags: ["young people", "mental health"],
    lastCheckedAt: "2026-10-09",
  },
  {
    organisation: "mindspace-seabourne",
    slug: "mindspace-online-and-text-support",
    name: "Online and text support for 16 to 25 year olds",
    summary:
      "Free, confidential online chat and text support with a trained worker for young adults who are struggling with anxiety, low mood or loneliness.",
    description: paras(
      "Sometimes it is easier to type than to talk. Young adults aged 16 to 25 can chat online or by text with a trained wellbeing worker in the evenings.",
      "You can talk about anything that is on your mind: anxiety, feeling low, being lonely, exams, work or relationships. You do not have to give your name.",
    ),
    whoFor: "Young adults aged 16 to 25 in Seabourne.",
    accessMethod: "self_refer",
    url: "https://mindspaceseabourne.example.org/chat",
    minimumAge: 16,
    maximumAge: 25,
    costType: "free",
    categories: ["advice", "adulthood"],
    needs: ["semh"],
    areas: ["whole"],
    contacts: [
      { title: "Text support", phones: [{ number: "07700 900 616", description: "Text, 5pm to 10pm every day" }] },
    ],
    schedules: [
      {
        byday: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
        opensAt: "17:00",
        closesAt: "22:00",
        description: "Online chat and text",
      },
    ],
    languages: [english],
    tags: ["young adults", "mental health"],
    lastCheckedAt: "2026-06-22",
  },
  {
    organisation: "tide-turners-autism-support",
    slug: "tide-turners-autism-helpline",
    name: "Tide Turners autism family helpline",
    summary:
      "A free helpline run by parents of autistic children, for families with questions about autism, whether or not their child has a diagnosis.",
    description: paras(
      "Our helpline is answered by trained volunteers who are parents of autistic children. Call us if you think your child might be autistic, have just had a diagnosis, or are finding things hard at home or at school.",
      "We can talk through what is happening, suggest things that helped other families, and tell you about local support and groups.",
    ),
    whoFor: "Parents and carers of autistic children and young people aged 0 to 25, and young people themselves.",
    accessMethod: "self_refer",
    url: "https://tideturners.example.org/helpline",
    email: "helpline@tideturners.example.org",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["advice"],
    needs: ["autism", "sensory", "semh"],
    areas: ["whole"],
    contacts: [
      {
        title: "Helpline volunteer",
        email: "helpline@tideturners.example.org",
        phones: [{ number: "0808 157 0460", description: "Free helpline" }],
      },
    ],
    schedules: [
      { byday: ["MO", "WE", "FR"], opensAt: "10:00", closesAt: "14:00", description: "Helpline" },
      { byday: ["TU"], opensAt: "18:00", closesAt: "20:00", description: "Evening helpline" },
    ],
    languages: [english],
    tags: ["parents", "helpline"],
    lastCheckedAt: "2026-05-13",
  },
  {
    organisation: "tide-turners-autism-support",
    slug: "understanding-autism-parent-course",
    name: "Understanding autism: a course for parents",
    summary:
      "A free six-week course for parents and carers of autistic children, covering communication, sensory needs, anxiety and behaviour. No diagnosis needed.",
    description: paras(
      "This course helps you understand how your child experiences the world. Over six weekly sessions we look at communication, sensory differences, anxiety, meltdowns, sleep and working with school.",
      "The course is run by a specialist autism practitioner and a parent of an autistic child. It is a chance to meet other parents, many of whom are still waiting for an assessment.",
    ),
    whoFor: "Parents and carers of autistic children aged 2 to 18, or children waiting for an autism assessment.",
    accessMethod: "self_refer",
    waitingTime: "Courses start every term and fill up quickly",
    url: "https://tideturners.example.org/courses",
    email: "hello@tideturners.example.org",
    minimumAge: 2,
    maximumAge: 18,
    costType: "free",
    categories: ["advice"],
    needs: ["autism", "sensory", "speech-language"],
    areas: ["north", "south"],
    contacts: [
      { title: "Course co-ordinator", email: "hello@tideturners.example.org", phones: [{ number: "01632 960 050" }] },
    ],
    locations: [venue.thornbyFamilyHub, venue.southcliffeFamilyHub],
    schedules: [
      {
        byday: ["TU"],
        opensAt: "09:30",
        closesAt: "12:00",
        termTimeOnly: true,
        description: "Six-week course",
        locationName: "Thornby Family Hub",
      },
      {
        byday: ["TH"],
        opensAt: "18:30",
        closesAt: "20:30",
        termTimeOnly: true,
        description: "Six-week evening course",
        locationName: "Southcliffe Family Hub",
      },
    ],
    languages: [english],
    sendAnswers: {
      approach: "Short talks, video clips and plenty of time to share experiences.",
      involving_families: "Each course is shaped by the questions parents bring in week one.",
      staff_training: "Courses are led by a specialist autism practitioner with a parent co-facilitator.",
      effectiveness: "Parents rate their confidence before and after the course.",
    },
    tags: ["parents", "courses"],
    lastCheckedAt: "2026-09-29",
  },
  {
    organisation: "seabourne-family-hubs",
    slug: "understanding-adhd-parent-course",
    name: "Understanding ADHD: a course for parents",
    summary:
      "A free five-week course for parents and carers of children with ADHD, or who are waiting for an ADHD assessment, with practical ideas for home and school.",
    description: paras(
      "ADHD (attention deficit hyperactivity disorder) affects concentration, activity and impulse control. Daily life can be exhausting for children and their parents.",
      "This course explains how ADHD affects the brain and gives you practical strategies for routines, instructions, emotions, homework and sleep. You do not need a diagnosis to join.",
      "Courses run in the evening at Hollins Park Family Hub, and online.",
    ),
    whoFor: "Parents and carers of children aged 5 to 16 with ADHD or suspected ADHD.",
    accessMethod: "self_refer",
    url: "https://www.seabourne.gov.uk/family-hubs/courses",
    email: "familyhubs@seabourne.gov.uk",
    minimumAge: 5,
    maximumAge: 16,
    costType: "free",
    categories: ["advice"],
    needs: ["adhd", "semh"],
    areas: ["central", "whole"],
    contacts: [
      {
        title: "Parenting course co-ordinator",
        email: "familyhubs@seabourne.gov.uk",
        phones: [{ number: "01632 960 500" }],
      },
    ],
    locations: [venue.hollinsParkFamilyHub],
    schedules: [
      {
        byday: ["MO"],
        opensAt: "18:30",
        closesAt: "20:30",
        termTimeOnly: true,
        description: "Five-week course, booking needed",
      },
    ],
    languages: [english],
    sendAnswers: {
      approach: "Practical, friendly sessions with handouts to take home and time to share what works.",
      staff_training: "Led by family hub practitioners trained in a recognised ADHD parenting programme.",
      effectiveness: "Parents rate their confidence and stress levels at the start and end.",
      involving_families: "A WhatsApp group lets parents support each other after the course ends, if they want to.",
    },
    tags: ["parents", "courses"],
    lastCheckedAt: "2026-04-27",
  },
  {
    organisation: "coastal-downs-syndrome-support",
    slug: "downs-syndrome-family-group",
    name: "Down's syndrome family support group",
    summary:
      "A friendly support group for families of babies, children and young people with Down's syndrome, with monthly get-togethers, a Little Stars group for under 5s and parent support.",
    description: paras(
      "Coastal Down's Syndrome Support is run by families who have been there. Whether you have just had a diagnosis during pregnancy or have a teenager, you will be welcomed.",
      "Little Stars is our group for babies and under 5s, with signing, songs and early learning activities. Older children and young people meet for family days out, and we run workshops on speech, reading and preparing for school.",
      "New parents can ask for a visit from a trained parent supporter.",
    ),
    whoFor: "Families of people with Down's syndrome aged 0 to 25, including expectant parents.",
    accessMethod: "self_refer",
    url: "https://coastaldss.example.org",
    email: "hello@coastaldss.example.org",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["advice", "leisure"],
    needs: ["learning-disability", "speech-language", "complex-medical"],
    areas: ["whole"],
    contacts: [
      {
        title: "Family support volunteer",
        email: "hello@coastaldss.example.org",
        phones: [{ number: "01632 960 210" }],
      },
    ],
    locations: [venue.pennockSandsCommunityCentre],
    schedules: [
      {
        byday: ["WE"],
        opensAt: "10:00",
        closesAt: "11:30",
        termTimeOnly: true,
        description: "Little Stars, for under 5s",
      },
      {
        byday: ["SA"],
        opensAt: "10:30",
        closesAt: "13:00",
        freq: "MONTHLY",
        description: "Family get-together, last Saturday of the month",
      },
    ],
    languages: [english],
    sendAnswers: {
      involving_families: "The group is run by parents, and families decide what we do.",
      approach: "Makaton signing, visual learning and lots of fun.",
      wellbeing: "Parents say meeting other families who understand is the most helpful thing of all.",
      working_with_others: "Health visitors, Portage, speech and language therapy and local schools.",
    },
    tags: ["parents", "families", "babies"],
    lastCheckedAt: "2026-02-09",
  },
  {
    organisation: "seabourne-deaf-childrens-society",
    slug: "family-sign-language-classes",
    name: "Family sign language (BSL) classes",
    summary:
      "Free British Sign Language classes for families of deaf children, so parents, brothers, sisters and grandparents can communicate with their deaf child.",
    description: paras(
      "When a child is deaf, the whole family can learn to sign together. Our friendly BSL classes are taught by a deaf tutor and focus on the signs families use every day: mealtimes, bedtime, feelings and play.",
      "Classes run in ten-week blocks. A crèche is available for younger children, and deaf children are welcome to come and help.",
    ),
    whoFor:
      "Parents, carers, brothers, sisters and grandparents of deaf children and young people aged 0 to 18 in Seabourne.",
    accessMethod: "self_refer",
    url: "https://seabournedeafchildren.example.org/bsl-classes",
    email: "info@seabournedeafchildren.example.org",
    minimumAge: 0,
    maximumAge: 18,
    costType: "free",
    categories: ["advice", "education"],
    needs: ["hearing", "speech-language"],
    areas: ["central"],
    contacts: [
      {
        title: "Family sign tutor",
        email: "info@seabournedeafchildren.example.org",
        phones: [{ number: "07700 900 515", description: "Text or video call" }],
      },
    ],
    locations: [venue.hollinsParkFamilyHub],
    schedules: [
      { byday: ["WE"], opensAt: "18:00", closesAt: "19:30", termTimeOnly: true, description: "Ten-week course" },
    ],
    languages: [bsl, english],
    sendAnswers: {
      approach: "Practical signs for everyday family life, taught through games and role play.",
      staff_training: "Our tutor is a deaf, qualified BSL teacher.",
      accessibility: "Step-free, hearing loop and good lighting for signing.",
      involving_families: "The whole family is welcome, including grandparents.",
    },
    tags: ["parents", "siblings", "BSL", "deaf"],
    lastCheckedAt: "2026-01-06",
  },
];

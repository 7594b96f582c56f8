// The demo organisations that run the demo listings (a listing names its organisation by slug).
import type { OrganisationInput } from "@/lib/organisations/schema";

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

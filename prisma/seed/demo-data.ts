// Demo data for the Seabourne Local Offer: a fictional seaside borough with the towns of
// Seabourne (town centre), Thornby and Marsh End (north), Hollins Park (central), and
// Southcliffe and Pennock Sands (south). Every organisation, venue, person, email address,
// web address and phone number here is made up. Phone numbers use the 01253 area code for
// local flavour; helplines use the Ofcom range kept for drama (0808 157 0000 to 0808 157 0999).
//
// The data lives in prisma/seed/demo/: organisations.ts, venues.ts, common.ts (types, languages,
// paras) and one or more files per category section. The order below is the order of the
// listings (the search benchmark and tests index into demoServices), so keep it.
import type { DemoService } from "./demo/common";
import { withDelivery } from "./demo/delivery";
import { educationEhcpAndSchools } from "./demo/education-ehcp-and-schools";
import { educationSupportServices } from "./demo/education-support-services";
import { educationSettingsAndTransport } from "./demo/education-settings-and-transport";
import { healthTherapiesAndMentalHealth } from "./demo/health-therapies-and-mental-health";
import { healthNursingAndClinics } from "./demo/health-nursing-and-clinics";
import { socialCare } from "./demo/social-care";
import { leisurePart1 } from "./demo/leisure-part-1";
import { leisurePart2 } from "./demo/leisure-part-2";
import { adulthood } from "./demo/adulthood";
import { adviceLocalHelp } from "./demo/advice-local-help";
import { adviceHelplinesCoursesAndGroups } from "./demo/advice-helplines-courses-and-groups";

export { demoOrganisations } from "./demo/organisations";

export const demoServices: DemoService[] = [
  ...educationEhcpAndSchools,
  ...educationSupportServices,
  ...educationSettingsAndTransport,
  ...healthTherapiesAndMentalHealth,
  ...healthNursingAndClinics,
  ...socialCare,
  ...leisurePart1,
  ...leisurePart2,
  ...adulthood,
  ...adviceLocalHelp,
  ...adviceHelplinesCoursesAndGroups,
].map(withDelivery);

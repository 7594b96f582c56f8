// How each demo service is delivered (the "How it is delivered" filter). A service with a venue is met in
// person unless it says otherwise below; one without a venue is by phone, online or at home, as listed.
import type { DemoService } from "./common";
import type { DeliveryMethod } from "@/lib/services/service-features";

const DELIVERY: Record<string, DeliveryMethod[]> = {
  "seabourne-sendiass": ["in-person", "phone", "online"],
  "early-years-inclusion-team": ["in-person"],
  "seabourne-portage-service": ["at-home"],
  "sensory-support-service-deaf-children": ["in-person", "at-home"],
  "sensory-support-service-vision": ["in-person", "at-home"],
  "hospital-and-home-education": ["in-person", "at-home", "online"],
  "send-home-to-school-transport": ["in-person"],
  "childrens-speech-and-language-therapy": ["in-person", "online"],
  "seabourne-camhs": ["in-person", "online", "phone"],
  "crisis-line-for-children-and-young-people": ["phone"],
  "childrens-sleep-service": ["in-person", "online", "phone"],
  "school-nursing-team": ["in-person", "phone"],
  "childrens-community-nursing-team": ["at-home"],
  "learning-disability-nursing-team-for-children": ["at-home", "in-person"],
  "health-visiting-and-development-checks": ["in-person", "at-home"],
  "annual-learning-disability-health-check": ["in-person"],
  "disabled-childrens-team": ["in-person", "at-home"],
  "short-breaks-local-offer": ["in-person", "at-home"],
  "direct-payments-for-disabled-children": ["phone"],
  "parent-carers-needs-assessment": ["at-home", "phone"],
  "parent-carer-support-and-wellbeing": ["in-person", "phone", "online"],
  "bright-tide-home-support-and-sitting": ["at-home"],
  "childrens-home-adaptations-and-equipment": ["at-home"],
  "step-forward-job-coaching": ["in-person"],
  "independent-travel-training": ["in-person"],
  "transition-team-14-to-25": ["in-person", "at-home"],
  "seabourne-local-offer-team": ["phone", "online"],
  "thornby-family-hub": ["in-person", "phone"],
  "hollins-park-family-hub": ["in-person", "phone"],
  "southcliffe-family-hub": ["in-person", "phone"],
  "disability-benefits-advice": ["in-person", "phone"],
  "calm-minds-anxiety-support": ["in-person", "online"],
  "mindspace-online-and-text-support": ["online"],
  "tide-turners-autism-helpline": ["phone"],
  "understanding-autism-parent-course": ["in-person", "online"],
  "seabourne-parent-carer-forum": ["in-person", "online"],
};

export function withDelivery(s: DemoService): DemoService {
  const methods = DELIVERY[s.slug!] ?? ((s.locations ?? []).length ? ["in-person"] : []);
  return { ...s, deliveryMethods: methods };
}

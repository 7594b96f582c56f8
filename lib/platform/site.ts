// Facts about the council that appear on many pages: one place to change them.
export const SITE = {
  name: "Seabourne Local Offer",
  council: "Seabourne Council",
  phone: "01632 960 000", // Ofcom's drama range: never a real person's number
  phoneHours: "Monday to Friday, 9am to 5pm",
  email: "localoffer@seabourne.gov.uk",
} as const;

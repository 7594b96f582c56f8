// Families' feedback full of personal details, for checking none of it reaches a public page or CSV.
// Each comment comes with the details it holds (`secrets`): a test looks for every one of them.
// The names, numbers and places are made up (Ofcom's drama ranges, example.com, made-up streets).
const FIRST = ["Oliver", "Amelia", "Harry", "Isla", "Noah", "Ava", "Jacob", "Freya", "Muhammad", "Poppy"];
const SURNAMES = ["Whitcombe", "Ashdown", "Pellow", "Trevanion", "Kershaw", "Oddie"];
const STREETS = ["Acacia Avenue", "Kelso Road", "Marram Close", "Linnet Lane", "Tern Street", "Dunmore Drive"];
const SCHOOLS = ["Oakfield Primary School", "Bayview Academy", "St Wilfrid's CE Primary", "Hollins High School"];
// The word in each school's name that would give it away.
const SCHOOL_WORDS = ["Oakfield", "Bayview", "Wilfrid", "Hollins"];
const PHONES = ["07700 900461", "07700900982", "+44 7700 900314", "01632 960472", "(01632) 960555", "0113 496 0123"];
const POSTCODES = ["FY4 1AB", "FY1 3QE", "PR2 9XY", "FY8 4HL", "LA1 2ZZ"];

/** Whether `text` holds `secret` as a whole word (so "Ava" is not found in "Available"). */
export function holdsSecret(text: string, secret: string): boolean {
  const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return (
    new RegExp(`(?<![\\w])${escaped}(?![\\w])`).test(text) ||
    (/^\d+$/.test(secret) && text.replace(/\D/g, "").includes(secret))
  );
}

export type SecretComment = { comment: string; secrets: string[] };

/** `n` comments; comment i mixes details so every kind shows up many times across the set. */
export function commentsFullOfSecrets(n = 30): SecretComment[] {
  return Array.from({ length: n }, (_, i) => {
    const child = FIRST[i % FIRST.length];
    const parent = FIRST[(i + 3) % FIRST.length];
    const surname = SURNAMES[i % SURNAMES.length];
    const street = STREETS[i % STREETS.length];
    const school = SCHOOLS[i % SCHOOLS.length];
    const phone = PHONES[i % PHONES.length];
    const postcode = POSTCODES[i % POSTCODES.length];
    const email = `${parent.toLowerCase()}.${surname.toLowerCase()}${i}@example.com`;
    const house = 10 + i;
    const templates = [
      `My son ${child} ${surname} (born on 0${(i % 9) + 1}/03/2016) goes to ${school}. We live at ${house} ${street}, ${postcode}. Ring me on ${phone} or email ${email}. The short breaks page was out of date.`,
      `Hi, I'm ${parent} ${surname}. My daughter ${child} is autistic and we could not find a holiday club near ${postcode}. Mrs ${surname} at ${school} said to look here. Call ${phone}.`,
      `${child} is 9 and has ADHD. Email ${email}, phone ${phone}, address ${house} ${street} ${postcode}. DOB 1${i % 9}.0${(i % 8) + 1}.2015. The search did not find speech therapy.`,
    ];
    const comment = templates[i % templates.length];
    const street0 = street.split(" ")[0];
    const candidates = [child, parent, surname, email, phone, postcode, street0, SCHOOL_WORDS[i % SCHOOLS.length]];
    const secrets = candidates.filter((s) => comment.includes(s));
    // The phone number's digits, however a page might space them.
    if (comment.includes(phone)) secrets.push(phone.replace(/\D/g, ""));
    return { comment, secrets };
  });
}

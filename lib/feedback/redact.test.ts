import { describe, expect, it } from "vitest";
import { findPersonalDetails, redact, type RedactionKind } from "./redact";

const kinds = (text: string) => findPersonalDetails(text).map((r) => r.kind);
const cleaned = (text: string) => redact(text).text;

describe("redact: names", () => {
  it.each([
    ["Mrs Smith at the centre was lovely", "[name removed] at the centre was lovely"],
    ["Dr. Patel said to wait", "[name removed] said to wait"],
    ["my son Jack has autism", "my son [name removed] has autism"],
    ["My 7 year old daughter, Olivia-Rose, needs help", "My 7 year old daughter, [name removed], needs help"],
    ["our grandson tyler goes there", "our grandson [name removed] goes there"],
    ["he is called Zephyr and he loves it", "he is called [name removed] and he loves it"],
    ["Hi, I'm Sarah Jones, a mum of two", "Hi, I'm [name removed], a mum of two"],
    ["Amelia is 8 and non-verbal", "[name removed] is 8 and non-verbal"],
    ["Thanks, Claire", "Thanks, [name removed]"],
    ["Muhammad Khan was refused a place", "[name removed] was refused a place"],
  ])("%s", (input, output) => expect(cleaned(input)).toBe(output));

  it("removes a name that is also a word only next to child words", () => {
    expect(cleaned("Grace is 6 and has ADHD")).toBe("[name removed] is 6 and has ADHD");
    expect(cleaned("Will the council add more clubs?")).toBe("Will the council add more clubs?");
    expect(cleaned("We hope May half term has more on")).toBe("We hope May half term has more on");
  });

  it("leaves ordinary words after child words alone", () => {
    for (const text of [
      "my son is autistic",
      "My daughter has been waiting a year",
      "our child attends a special school",
    ])
      expect(kinds(text)).toEqual([]);
  });
});

describe("redact: contact details", () => {
  it.each(["jack.smith+sen@example.co.uk", "JACK_SMITH@GMAIL.COM", "jack (at) gmail (dot) com", "jack [at] gmail.com"])(
    "email %s",
    (email) => expect(cleaned(`write to ${email} please`)).toBe("write to [email removed] please"),
  );

  it.each([
    "07700 900123",
    "07700900123",
    "07700-900-123",
    "+44 7700 900123",
    "+447700900123",
    "+44 (0)7700 900 123",
    "0044 7700 900123",
    "(01632) 960001",
    "01632 960 001",
    "020 7946 0000",
    "0161 496 0000",
    "0800 123 4567",
  ])("phone %s", (phone) =>
    expect(cleaned(`ring me on ${phone} today`)).toBe("ring me on [phone number removed] today"),
  );

  it("removes long numbers like an NHS number", () => {
    expect(cleaned("NHS number 485 777 3456.")).toBe("NHS number [number removed].");
  });

  it("removes social media names", () => {
    expect(cleaned("message me @jacks_mum on there")).toBe("message me [username removed] on there");
  });
});

describe("redact: where people live", () => {
  it.each([
    ["we live in FY4 1AB", "we live in [postcode removed]"],
    ["we live in fy41ab", "we live in [postcode removed]"],
    ["SW1A 1AA", "[postcode removed]"],
    ["nothing near FY4 at all", "nothing near [postcode removed] at all"],
    ["my postcode is pr2", "my postcode is [postcode removed]"],
  ])("postcode %s", (input, output) => expect(cleaned(input)).toBe(output));

  it("keeps school years and key stages", () => {
    expect(kinds("He is in Y6, KS2, and has an EHCP")).toEqual([]);
  });

  it.each([
    ["we are at 12 Acacia Avenue, Seabourne", "we are at [address removed], Seabourne"],
    ["42b high street", "[address removed]"],
    ["Flat 3, 7 Marine Parade", "[address removed], [address removed]"],
    ["we live on Ocean Drive", "we live on [address removed]"],
    ["the bus stops on Harbour Road", "the bus stops on [address removed]"],
  ])("address %s", (input, output) => expect(cleaned(input)).toBe(output));

  it("keeps numbers that are not addresses", () => {
    for (const text of ["it is 5 minutes walk from the park", "3 kids in the park", "2 years on the waiting list"])
      expect(kinds(text)).toEqual([]);
  });
});

describe("redact: dates of birth and schools", () => {
  it.each([
    ["born on 03/04/2015", "born on [date of birth removed]"],
    ["DOB: 3.4.15", "DOB: [date of birth removed]"],
    ["d.o.b 2015-04-03", "d.o.b [date of birth removed]"],
    ["she was born in March 2016", "she was born in [date of birth removed]"],
    ["his birthday is 3rd March", "his birthday is [date of birth removed]"],
    ["born 2014", "born [date of birth removed]"],
  ])("%s", (input, output) => expect(cleaned(input)).toBe(output));

  it("removes any full date", () => {
    expect(cleaned("we rang on 12 January 2025 and on 14/02/25")).toBe(
      "we rang on [date removed] and on [date removed]",
    );
    expect(cleaned("on March 3rd, 2025")).toBe("on [date removed]");
  });

  it.each([
    ["he goes to Oakfield Primary School", "he goes to [school name removed]"],
    ["at St Mary's CE Primary", "at [school name removed]"],
    ["moved to Seabourne Academy in year 7", "moved to [school name removed] in year 7"],
    ["The Bay High School said no", "The [school name removed] said no"],
  ])("%s", (input, output) => expect(cleaned(input)).toBe(output));

  it("keeps school words without a name", () => {
    expect(kinds("A special school or the local Primary School would help")).toEqual([]);
  });
});

describe("redact: the whole", () => {
  it("says what it found and where, in order", () => {
    const text = "My son Jack (born 2015) lives at 4 Sea View, FY1 2AB. Call 07700 900123.";
    const { found } = redact(text);
    expect(found.map((f) => f.kind)).toEqual<RedactionKind[]>([
      "name",
      "date_of_birth",
      "address",
      "postcode",
      "phone",
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it("finds nothing in its own output, so an approved text passes the check", () => {
    const text =
      "I'm Sarah, mum of Jack Smith (DOB 01/02/2015) at Oakfield Primary School, 12 Acacia Avenue FY4 1AB, " +
      "sarah@example.com, 07700 900123. Mrs Brown was kind.";
    const once = redact(text);
    expect(once.found.length).toBeGreaterThanOrEqual(8);
    expect(findPersonalDetails(once.text)).toEqual([]);
    for (const secret of [
      "Sarah",
      "Jack",
      "Smith",
      "2015",
      "Oakfield",
      "Acacia",
      "FY4",
      "example.com",
      "900123",
      "Brown",
    ])
      expect(once.text).not.toContain(secret);
  });

  it("keeps a comment with nothing personal unchanged", () => {
    const text = "The page about short breaks was hard to find. Please add opening times for the holiday clubs.";
    expect(redact(text)).toEqual({ text, found: [] });
  });

  it("treats HTML as text", () => {
    expect(cleaned("<b>Jack</b> <script>alert(1)</script>")).toBe("<b>[name removed]</b> <script>alert(1)</script>");
  });
});

// Common first names in England and Wales (ONS baby names of the last 25 years, and parents'
// generation), for spotting a child's or parent's name in a family's comment. Lower case.
// `AMBIGUOUS_NAMES` are also ordinary words ("Will", "May", "Grace"): only removed next to a child word.
const NAMES = `
oliver george harry jack jacob noah charlie muhammad mohammed thomas oscar william james leo alfie henry
joshua freddie archie ethan isaac alexander joseph edward samuel max logan lucas daniel theo arthur mohammad
harrison benjamin mason sebastian finley adam dylan zachary riley teddy theodore david elijah jaxon toby
louie reggie tommy jude ronnie frankie rory albie hugo luca jenson ollie bobby stanley elliot ryan tyler
liam callum kyle connor jamie lewis luke matthew michael andrew christopher nathan aaron ben jake kieran
declan bradley harvey caleb ezra jayden kai louis nathaniel owen rowan sonny austin carter dexter felix
ibrahim yusuf ali omar ahmed hassan hamza ayaan aarav arjun rohan kian mateo leon jasper gabriel rafael
olivia amelia isla ava mia ivy lily isabella sophia rosie ella evie poppy florence freya sophie grace
willow emily charlotte sienna isabelle daisy elsie alice phoebe harper matilda ruby evelyn eva millie
emma jessica hannah lucy chloe megan ellie holly amber erin abigail katie lauren bethany leah georgia
zara maisie esme aria ayla luna maya nancy violet margot thea orla eliza heidi imogen lola layla
scarlett aisha fatima maryam zainab amira hafsa anaya priya amelie elizabeth elena julia mila nova
sarah emma laura rachel rebecca claire nicola joanne lisa kelly stacey kerry donna michelle samantha
helen karen susan julie tracey jennifer amanda natalie victoria louise gemma kirsty leanne jade
paul mark steven stephen craig gary darren lee wayne dean richard robert peter simon neil martin
anthony jason shaun sean ian kevin carl chris dave john alan keith brian colin graham philip
tony tom sam dan joe alex charlie jo kate jen becky liz beth sue jackie mandy debbie
`;

const AMBIGUOUS = `will may grace hope faith joy rose summer autumn sky skye mark bill art bob
ruby amber holly jade iris daisy poppy violet ivy willow hunter rowan reggie harper frank patience
page lily penny dawn carol april june august star river storm blessing max sue`;

const words = (s: string) => s.split(/\s+/).filter(Boolean);

export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(words(AMBIGUOUS));
export const FIRST_NAMES: ReadonlySet<string> = new Set([...words(NAMES), ...words(AMBIGUOUS)]);

/** A known first name, any case. */
export const isFirstName = (word: string) => FIRST_NAMES.has(word.toLowerCase());

// Word lists redact.ts uses to tell personal details from ordinary words. Lower case unless noted.

// Every UK postcode area, so "FY4" is a postcode but "Y6" (year 6) and "KS2" (key stage 2) are not.
export const POSTCODE_AREAS = new Set(
  `AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK
  FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP
  NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W
  WA WC WD WF WN WR WS WV YO ZE`.split(/\s+/),
);

// Capitalised words that follow "my son", "called", "I'm" … but are not names.
export const NOT_NAMES = new Set(
  `is has had was and but the who which that this with in at on to for of not now also goes attends needs really
  very so just still autistic disabled deaf blind mum dad parent carer worried struggling sorry writing looking
  trying happy unhappy angry frustrated grateful told said can cannot it he she they we you i aged age year years
  currently recently finally because as when if since after before being been got gets get loves likes uses a an
  my our his her their no yes please thank thanks hello hi dear sir madam going would will could should does did
  love special mainstream home school college nursery local council team new only first last`.split(/\s+/),
);

// Words between a house number and a street word that show it is not an address ("5 minutes walk").
export const NOT_STREET = new Set(
  `year years yr yrs month months week weeks day days hour hours min mins minute minutes mile miles km time times
  people kids children things of in to for and with on at is was my our his her a an it or by from every per`.split(
    /\s+/,
  ),
);

// Leading words that make "The Primary School" or "My son's School" not a school's name.
export const NOT_SCHOOL_NAME = new Set(
  `the a my his her our their this that local mainstream special new secondary primary nursery high junior infant
  current old previous any no your at in to from and but which every each free private independent residential
  boarding day sen send what`.split(/\s+/),
);

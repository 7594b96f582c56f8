// Approximate centres of UK postcode districts (outward codes), bundled so that "near FY4"
// never needs a network call. Hand-built: no npm package ships this table. Coverage:
// - every FY district (the Fylde coast, where the Seabourne demo borough sits) and the
//   neighbouring Lancashire and south Cumbria districts (PR, LA, BB, WN, L39/L40, BL),
//   placed to within roughly 2 km;
// - the central district of major UK towns and cities, placed to within roughly 3 km.
// An outward code outside this table is still removed from the query (it is personal
// data) but does not sort by distance; the page says so. A council deploying for real
// would swap in the ONS Postcode Directory's district centroids (open data) here.
export type Centroid = { lat: number; lng: number };

export const POSTCODE_DISTRICTS: Record<string, Centroid> = {
  // Fylde coast
  FY1: { lat: 53.8165, lng: -3.0505 }, // Blackpool town centre
  FY2: { lat: 53.8420, lng: -3.0440 }, // Bispham, North Shore
  FY3: { lat: 53.8170, lng: -3.0110 }, // Layton, Marton, Staining
  FY4: { lat: 53.7880, lng: -3.0250 }, // South Shore, Marton Moss
  FY5: { lat: 53.8760, lng: -3.0200 }, // Thornton, Cleveleys
  FY6: { lat: 53.8650, lng: -2.9700 }, // Poulton-le-Fylde, Preesall, Knott End
  FY7: { lat: 53.9190, lng: -3.0120 }, // Fleetwood
  FY8: { lat: 53.7520, lng: -3.0050 }, // Lytham St Annes
  // Preston, Chorley, South Ribble, Southport
  PR1: { lat: 53.7590, lng: -2.6990 },
  PR2: { lat: 53.7780, lng: -2.7150 },
  PR3: { lat: 53.8700, lng: -2.7400 },
  PR4: { lat: 53.7800, lng: -2.8700 },
  PR5: { lat: 53.7300, lng: -2.6600 },
  PR6: { lat: 53.6650, lng: -2.6100 },
  PR7: { lat: 53.6430, lng: -2.6500 },
  PR8: { lat: 53.6350, lng: -3.0100 },
  PR9: { lat: 53.6650, lng: -2.9700 },
  PR25: { lat: 53.6950, lng: -2.6900 },
  PR26: { lat: 53.6900, lng: -2.7450 },
  // Lancaster, Morecambe, south Cumbria and the Lakes
  LA1: { lat: 54.0470, lng: -2.8000 },
  LA2: { lat: 54.0500, lng: -2.6800 },
  LA3: { lat: 54.0450, lng: -2.8850 },
  LA4: { lat: 54.0700, lng: -2.8600 },
  LA5: { lat: 54.1300, lng: -2.7700 },
  LA6: { lat: 54.2000, lng: -2.6000 },
  LA7: { lat: 54.2300, lng: -2.7700 },
  LA8: { lat: 54.3500, lng: -2.7700 },
  LA9: { lat: 54.3270, lng: -2.7470 },
  LA22: { lat: 54.4300, lng: -2.9700 },
  LA23: { lat: 54.3800, lng: -2.9100 },
  // East Lancashire
  BB1: { lat: 53.7550, lng: -2.4700 },
  BB2: { lat: 53.7400, lng: -2.5000 },
  BB3: { lat: 53.7000, lng: -2.4650 },
  BB4: { lat: 53.7000, lng: -2.2900 },
  BB5: { lat: 53.7530, lng: -2.3650 },
  BB6: { lat: 53.7900, lng: -2.4000 },
  BB7: { lat: 53.8700, lng: -2.3900 },
  BB8: { lat: 53.8570, lng: -2.1700 },
  BB9: { lat: 53.8350, lng: -2.2200 },
  BB10: { lat: 53.8000, lng: -2.2200 },
  BB11: { lat: 53.7850, lng: -2.2500 },
  BB12: { lat: 53.8050, lng: -2.3100 },
  // West Lancashire, Wigan, Bolton
  L39: { lat: 53.5680, lng: -2.8850 },
  L40: { lat: 53.6000, lng: -2.8500 },
  WN1: { lat: 53.5500, lng: -2.6300 },
  WN8: { lat: 53.5500, lng: -2.7800 },
  BL1: { lat: 53.5850, lng: -2.4400 },
  // Major towns and cities (central district)
  EC1: { lat: 51.5240, lng: -0.0990 },
  WC1: { lat: 51.5220, lng: -0.1220 },
  WC2: { lat: 51.5120, lng: -0.1230 },
  W1: { lat: 51.5140, lng: -0.1450 },
  SW1: { lat: 51.4980, lng: -0.1380 },
  SE1: { lat: 51.5000, lng: -0.0900 },
  E1: { lat: 51.5170, lng: -0.0600 },
  N1: { lat: 51.5370, lng: -0.1000 },
  B1: { lat: 52.4800, lng: -1.9050 },
  M1: { lat: 53.4800, lng: -2.2350 },
  M2: { lat: 53.4800, lng: -2.2450 },
  L1: { lat: 53.4030, lng: -2.9800 },
  L2: { lat: 53.4070, lng: -2.9900 },
  LS1: { lat: 53.7970, lng: -1.5480 },
  S1: { lat: 53.3800, lng: -1.4700 },
  NG1: { lat: 52.9530, lng: -1.1500 },
  LE1: { lat: 52.6350, lng: -1.1300 },
  CV1: { lat: 52.4080, lng: -1.5100 },
  BS1: { lat: 51.4540, lng: -2.5930 },
  NE1: { lat: 54.9720, lng: -1.6140 },
  CF10: { lat: 51.4780, lng: -3.1800 },
  SA1: { lat: 51.6200, lng: -3.9400 },
  EH1: { lat: 55.9510, lng: -3.1900 },
  G1: { lat: 55.8600, lng: -4.2500 },
  AB10: { lat: 57.1450, lng: -2.1000 },
  DD1: { lat: 56.4600, lng: -2.9700 },
  BT1: { lat: 54.6000, lng: -5.9300 },
  YO1: { lat: 53.9600, lng: -1.0800 },
  HU1: { lat: 53.7450, lng: -0.3350 },
  BD1: { lat: 53.7950, lng: -1.7500 },
  SR1: { lat: 54.9050, lng: -1.3800 },
  TS1: { lat: 54.5750, lng: -1.2350 },
  CA1: { lat: 54.8900, lng: -2.9300 },
  CH1: { lat: 53.1900, lng: -2.8900 },
  ST1: { lat: 53.0300, lng: -2.1800 },
  CB1: { lat: 52.2000, lng: 0.1300 },
  OX1: { lat: 51.7500, lng: -1.2600 },
  NR1: { lat: 52.6300, lng: 1.3000 },
  RG1: { lat: 51.4550, lng: -0.9700 },
  BN1: { lat: 50.8300, lng: -0.1400 },
  SO14: { lat: 50.9050, lng: -1.4000 },
  PO1: { lat: 50.8000, lng: -1.0900 },
  PL1: { lat: 50.3700, lng: -4.1400 },
  EX1: { lat: 50.7250, lng: -3.5200 },
};

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
  FY2: { lat: 53.842, lng: -3.044 }, // Bispham, North Shore
  FY3: { lat: 53.817, lng: -3.011 }, // Layton, Marton, Staining
  FY4: { lat: 53.788, lng: -3.025 }, // South Shore, Marton Moss
  FY5: { lat: 53.876, lng: -3.02 }, // Thornton, Cleveleys
  FY6: { lat: 53.865, lng: -2.97 }, // Poulton-le-Fylde, Preesall, Knott End
  FY7: { lat: 53.919, lng: -3.012 }, // Fleetwood
  FY8: { lat: 53.752, lng: -3.005 }, // Lytham St Annes
  // Preston, Chorley, South Ribble, Southport
  PR1: { lat: 53.759, lng: -2.699 },
  PR2: { lat: 53.778, lng: -2.715 },
  PR3: { lat: 53.87, lng: -2.74 },
  PR4: { lat: 53.78, lng: -2.87 },
  PR5: { lat: 53.73, lng: -2.66 },
  PR6: { lat: 53.665, lng: -2.61 },
  PR7: { lat: 53.643, lng: -2.65 },
  PR8: { lat: 53.635, lng: -3.01 },
  PR9: { lat: 53.665, lng: -2.97 },
  PR25: { lat: 53.695, lng: -2.69 },
  PR26: { lat: 53.69, lng: -2.745 },
  // Lancaster, Morecambe, south Cumbria and the Lakes
  LA1: { lat: 54.047, lng: -2.8 },
  LA2: { lat: 54.05, lng: -2.68 },
  LA3: { lat: 54.045, lng: -2.885 },
  LA4: { lat: 54.07, lng: -2.86 },
  LA5: { lat: 54.13, lng: -2.77 },
  LA6: { lat: 54.2, lng: -2.6 },
  LA7: { lat: 54.23, lng: -2.77 },
  LA8: { lat: 54.35, lng: -2.77 },
  LA9: { lat: 54.327, lng: -2.747 },
  LA22: { lat: 54.43, lng: -2.97 },
  LA23: { lat: 54.38, lng: -2.91 },
  // East Lancashire
  BB1: { lat: 53.755, lng: -2.47 },
  BB2: { lat: 53.74, lng: -2.5 },
  BB3: { lat: 53.7, lng: -2.465 },
  BB4: { lat: 53.7, lng: -2.29 },
  BB5: { lat: 53.753, lng: -2.365 },
  BB6: { lat: 53.79, lng: -2.4 },
  BB7: { lat: 53.87, lng: -2.39 },
  BB8: { lat: 53.857, lng: -2.17 },
  BB9: { lat: 53.835, lng: -2.22 },
  BB10: { lat: 53.8, lng: -2.22 },
  BB11: { lat: 53.785, lng: -2.25 },
  BB12: { lat: 53.805, lng: -2.31 },
  // West Lancashire, Wigan, Bolton
  L39: { lat: 53.568, lng: -2.885 },
  L40: { lat: 53.6, lng: -2.85 },
  WN1: { lat: 53.55, lng: -2.63 },
  WN8: { lat: 53.55, lng: -2.78 },
  BL1: { lat: 53.585, lng: -2.44 },
  // Major towns and cities (central district)
  EC1: { lat: 51.524, lng: -0.099 },
  WC1: { lat: 51.522, lng: -0.122 },
  WC2: { lat: 51.512, lng: -0.123 },
  W1: { lat: 51.514, lng: -0.145 },
  SW1: { lat: 51.498, lng: -0.138 },
  SE1: { lat: 51.5, lng: -0.09 },
  E1: { lat: 51.517, lng: -0.06 },
  N1: { lat: 51.537, lng: -0.1 },
  B1: { lat: 52.48, lng: -1.905 },
  M1: { lat: 53.48, lng: -2.235 },
  M2: { lat: 53.48, lng: -2.245 },
  L1: { lat: 53.403, lng: -2.98 },
  L2: { lat: 53.407, lng: -2.99 },
  LS1: { lat: 53.797, lng: -1.548 },
  S1: { lat: 53.38, lng: -1.47 },
  NG1: { lat: 52.953, lng: -1.15 },
  LE1: { lat: 52.635, lng: -1.13 },
  CV1: { lat: 52.408, lng: -1.51 },
  BS1: { lat: 51.454, lng: -2.593 },
  NE1: { lat: 54.972, lng: -1.614 },
  CF10: { lat: 51.478, lng: -3.18 },
  SA1: { lat: 51.62, lng: -3.94 },
  EH1: { lat: 55.951, lng: -3.19 },
  G1: { lat: 55.86, lng: -4.25 },
  AB10: { lat: 57.145, lng: -2.1 },
  DD1: { lat: 56.46, lng: -2.97 },
  BT1: { lat: 54.6, lng: -5.93 },
  YO1: { lat: 53.96, lng: -1.08 },
  HU1: { lat: 53.745, lng: -0.335 },
  BD1: { lat: 53.795, lng: -1.75 },
  SR1: { lat: 54.905, lng: -1.38 },
  TS1: { lat: 54.575, lng: -1.235 },
  CA1: { lat: 54.89, lng: -2.93 },
  CH1: { lat: 53.19, lng: -2.89 },
  ST1: { lat: 53.03, lng: -2.18 },
  CB1: { lat: 52.2, lng: 0.13 },
  OX1: { lat: 51.75, lng: -1.26 },
  NR1: { lat: 52.63, lng: 1.3 },
  RG1: { lat: 51.455, lng: -0.97 },
  BN1: { lat: 50.83, lng: -0.14 },
  SO14: { lat: 50.905, lng: -1.4 },
  PO1: { lat: 50.8, lng: -1.09 },
  PL1: { lat: 50.37, lng: -4.14 },
  EX1: { lat: 50.725, lng: -3.52 },
};

import type {
  EngagementLevel,
  OrganisationType,
  SystemCategory,
} from "@/lib/generated/prisma/enums";

// A clearly fictional coalition: the county of Elmshire and its four places. Names, codes and
// places are invented; codes use the ZZ/Z9 ranges so they cannot be mistaken for real ODS codes.

export const demoPlaces = ["Northmoor", "Riverside", "Eastbrook", "Westvale"] as const;
export type DemoPlace = (typeof demoPlaces)[number];

export interface DemoOrganisation {
  name: string;
  odsCode: string;
  type: OrganisationType;
  place: DemoPlace;
}

const gp = (name: string, odsCode: string, place: DemoPlace): DemoOrganisation => ({
  name,
  odsCode,
  type: "GP_PRACTICE",
  place,
});

export const demoOrganisations: DemoOrganisation[] = [
  {
    name: "NHS Elmshire Integrated Care Board",
    odsCode: "ZZQ01",
    type: "INTEGRATED_CARE_BOARD",
    place: "Northmoor",
  },
  {
    name: "Elmshire Royal Hospitals NHS Trust",
    odsCode: "ZZR01",
    type: "ACUTE_TRUST",
    place: "Northmoor",
  },
  {
    name: "Riverside and Eastbrook Hospitals NHS Foundation Trust",
    odsCode: "ZZR02",
    type: "ACUTE_TRUST",
    place: "Riverside",
  },
  {
    name: "Elmshire Community Health NHS Trust",
    odsCode: "ZZR03",
    type: "COMMUNITY_TRUST",
    place: "Eastbrook",
  },
  {
    name: "Elmshire Minds NHS Foundation Trust",
    odsCode: "ZZR04",
    type: "MENTAL_HEALTH_TRUST",
    place: "Westvale",
  },
  {
    name: "Mid-Shires Ambulance Service NHS Trust",
    odsCode: "ZZR05",
    type: "AMBULANCE_TRUST",
    place: "Westvale",
  },
  {
    name: "Elmshire County Council Adult Social Care",
    odsCode: "ZZL01",
    type: "LOCAL_AUTHORITY_ADULT_SOCIAL_CARE",
    place: "Northmoor",
  },
  {
    name: "Riverside Borough Council Adult Social Care",
    odsCode: "ZZL02",
    type: "LOCAL_AUTHORITY_ADULT_SOCIAL_CARE",
    place: "Riverside",
  },
  {
    name: "Northmoor Primary Care Network",
    odsCode: "ZZU01",
    type: "PRIMARY_CARE_NETWORK",
    place: "Northmoor",
  },
  {
    name: "Riverside Central Primary Care Network",
    odsCode: "ZZU02",
    type: "PRIMARY_CARE_NETWORK",
    place: "Riverside",
  },
  {
    name: "Eastbrook Villages Primary Care Network",
    odsCode: "ZZU03",
    type: "PRIMARY_CARE_NETWORK",
    place: "Eastbrook",
  },
  {
    name: "Westvale Primary Care Network",
    odsCode: "ZZU04",
    type: "PRIMARY_CARE_NETWORK",
    place: "Westvale",
  },
  gp("Moorside Surgery", "Z90001", "Northmoor"),
  gp("Heather Lane Medical Centre", "Z90002", "Northmoor"),
  gp("Old Mill Practice", "Z90003", "Northmoor"),
  gp("Quayside Health Centre", "Z90004", "Riverside"),
  gp("Bridge Street Surgery", "Z90005", "Riverside"),
  gp("Willow Bank Practice", "Z90006", "Riverside"),
  gp("Eastbrook Green Surgery", "Z90007", "Eastbrook"),
  gp("Orchard House Medical Practice", "Z90008", "Eastbrook"),
  gp("Castle Hill Surgery", "Z90009", "Eastbrook"),
  gp("Westvale Family Practice", "Z90010", "Westvale"),
  gp("Beacon View Surgery", "Z90011", "Westvale"),
  gp("Fenwick Road Medical Centre", "Z90012", "Westvale"),
  { name: "Larchwood Care Home", odsCode: "ZZC01", type: "CARE_HOME", place: "Northmoor" },
  { name: "The Elms Nursing Home", odsCode: "ZZC02", type: "CARE_HOME", place: "Riverside" },
  { name: "Kingfisher Court Care Home", odsCode: "ZZC03", type: "CARE_HOME", place: "Riverside" },
  {
    name: "Primrose House Residential Home",
    odsCode: "ZZC04",
    type: "CARE_HOME",
    place: "Eastbrook",
  },
  { name: "Hillcrest Nursing Home", odsCode: "ZZC05", type: "CARE_HOME", place: "Westvale" },
  { name: "Meadowview Care Centre", odsCode: "ZZC06", type: "CARE_HOME", place: "Westvale" },
  {
    name: "Helping Hands at Home Elmshire",
    odsCode: "ZZH01",
    type: "HOME_CARE_PROVIDER",
    place: "Northmoor",
  },
  {
    name: "Riverside Homecare Co-operative",
    odsCode: "ZZH02",
    type: "HOME_CARE_PROVIDER",
    place: "Riverside",
  },
  {
    name: "Eastbrook Domiciliary Care",
    odsCode: "ZZH03",
    type: "HOME_CARE_PROVIDER",
    place: "Eastbrook",
  },
  {
    name: "Vale Companions Home Care",
    odsCode: "ZZH04",
    type: "HOME_CARE_PROVIDER",
    place: "Westvale",
  },
  { name: "St Aldhelm's Hospice", odsCode: "ZZP01", type: "HOSPICE", place: "Riverside" },
  { name: "Westvale Hospice at Home", odsCode: "ZZP02", type: "HOSPICE", place: "Westvale" },
  { name: "Market Square Pharmacy", odsCode: "ZZF01", type: "PHARMACY", place: "Northmoor" },
  { name: "Riverside Late Night Chemist", odsCode: "ZZF02", type: "PHARMACY", place: "Riverside" },
  { name: "Eastbrook Village Pharmacy", odsCode: "ZZF03", type: "PHARMACY", place: "Eastbrook" },
  {
    name: "Age Well Elmshire",
    odsCode: "ZZV01",
    type: "VOLUNTARY_AND_COMMUNITY_SECTOR",
    place: "Northmoor",
  },
  {
    name: "Riverside Carers' Network",
    odsCode: "ZZV02",
    type: "VOLUNTARY_AND_COMMUNITY_SECTOR",
    place: "Riverside",
  },
  {
    name: "Westvale Good Neighbours",
    odsCode: "ZZV03",
    type: "VOLUNTARY_AND_COMMUNITY_SECTOR",
    place: "Westvale",
  },
];

export interface DemoSystem {
  category: SystemCategory;
  supplier: string;
  product: string;
  notes?: string;
}

// Fictional suppliers and products, spread the way systems are in a real county: practices on one
// of two GP systems, trusts on their own records, and some care homes still on paper.
const gpSystems: DemoSystem[] = [
  { category: "GP_SYSTEM", supplier: "Meridian Health Systems", product: "Meridian GP" },
  { category: "GP_SYSTEM", supplier: "Castlegate Software", product: "PracticeOne" },
];
const careRecords: DemoSystem[] = [
  { category: "CARE_HOME_RECORD", supplier: "Tendly", product: "Tendly Care" },
  { category: "CARE_HOME_RECORD", supplier: "Carenote Digital", product: "Carenote" },
];

export function demoSystemsFor(organisation: DemoOrganisation, index: number): DemoSystem[] {
  switch (organisation.type) {
    case "GP_PRACTICE":
      return [gpSystems[index % gpSystems.length]!];
    case "ACUTE_TRUST":
      return [{ category: "EHR", supplier: "Northway Clinical", product: "Northway EPR" }];
    case "COMMUNITY_TRUST":
    case "MENTAL_HEALTH_TRUST":
    case "HOSPICE":
      return [{ category: "EHR", supplier: "Castlegate Software", product: "CommunityOne" }];
    case "LOCAL_AUTHORITY_ADULT_SOCIAL_CARE":
      return [
        {
          category: "SOCIAL_CARE_CASE_MANAGEMENT",
          supplier: "Harbour Systems",
          product: "CareCase",
        },
      ];
    case "CARE_HOME":
    case "HOME_CARE_PROVIDER":
      // Every third one has no digital record yet.
      return index % 3 === 0 ? [] : [careRecords[index % careRecords.length]!];
    case "PHARMACY":
      return [
        { category: "PHARMACY_SYSTEM", supplier: "Pillbox Systems", product: "Dispense Plus" },
      ];
    case "INTEGRATED_CARE_BOARD":
      return [
        {
          category: "SHARED_CARE_RECORD",
          supplier: "Northway Clinical",
          product: "Elmshire Care Record",
          notes: "The county's shared care record, live since 2025",
        },
      ];
    default:
      return [];
  }
}

const engagementCycle: EngagementLevel[] = [
  "LEADING",
  "SUPPORTIVE",
  "NEUTRAL",
  "UNAWARE",
  "SUPPORTIVE",
  "RESISTANT",
];

/** Where a demo organisation stands on the engagement scale. */
export function demoEngagementFor(index: number): EngagementLevel {
  return engagementCycle[index % engagementCycle.length]!;
}

export interface DemoContact {
  name: string;
  role: string;
  email: string;
  phone?: string;
}

// Fictional people. Emails are at .example domains and telephone numbers in Ofcom's range for
// drama (01632 960000 to 960999), so none can reach anyone real.
const contactFirstNames = [
  ..."Amara Ben Carys Dev Elin Farid Grace Hamish Ines Jonah Kemi Liam".split(" "),
  ..."Maya Nikhil Orla Pavel Rosa Tariq Una Viktor Wren Yusuf Zara".split(" "),
];
const contactLastNames = [
  ..."Adeyemi Brennan Chowdhury Doyle Evans Fitzgerald Gallagher Hughes".split(" "),
  ..."Iqbal Jenkins Kowalski Lloyd McAllister Nwosu O'Neill Price".split(" "),
  ..."Quinn Rahman Sutherland Thornton Varga Whitaker".split(" "),
];

// The roles the programme asks each kind of organisation for, most needed first.
function contactRolesFor(type: OrganisationType): string[] {
  switch (type) {
    case "GP_PRACTICE":
      return ["Caldicott guardian", "Clinical lead for shared records", "Practice manager"];
    case "PRIMARY_CARE_NETWORK":
      return ["Clinical director", "Digital transformation lead", "Information governance lead"];
    case "INTEGRATED_CARE_BOARD":
      return [
        "Shared care record programme director",
        "Caldicott guardian",
        "Data protection officer",
      ];
    case "LOCAL_AUTHORITY_ADULT_SOCIAL_CARE":
      return ["Principal social worker", "Caldicott guardian", "Information governance lead"];
    case "CARE_HOME":
    case "HOME_CARE_PROVIDER":
      return ["Data security and protection lead", "Digital champion", "Deputy manager"];
    case "PHARMACY":
      return ["Superintendent pharmacist", "Information governance lead", "Digital lead"];
    case "VOLUNTARY_AND_COMMUNITY_SECTOR":
      return ["Chief executive", "Data protection officer", "Volunteer coordinator"];
    default:
      return [
        "Chief clinical information officer",
        "Caldicott guardian",
        "Information governance lead",
      ];
  }
}

/** The email domain of a demo organisation: its name in lower case, at .example. */
export function demoEmailDomain(organisation: DemoOrganisation): string {
  const slug = organisation.name
    .toLowerCase()
    .replace(/'/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug}.example`;
}

/** One to three key contacts for each demo organisation, the same on every run. */
export function demoContactsFor(organisation: DemoOrganisation, index: number): DemoContact[] {
  const count = 1 + (index % 3);
  return contactRolesFor(organisation.type)
    .slice(0, count)
    .map((role, n) => {
      const person = index * 3 + n;
      const first = contactFirstNames[(person * 7) % contactFirstNames.length]!;
      const last = contactLastNames[(person * 5 + index) % contactLastNames.length]!;
      const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "");
      return {
        name: `${first} ${last}`,
        role,
        email: `${local}@${demoEmailDomain(organisation)}`,
        // Every other contact leaves their number out, as people do.
        ...(person % 2 === 0
          ? { phone: `01632 960${String(person % 1000).padStart(3, "0")}` }
          : {}),
      };
    });
}

import type {
  NeedImportance,
  NeedMet,
  OrganisationType,
  Timeliness,
} from "@/lib/generated/prisma/enums";

import type { DemoOrganisation, DemoPlace } from "./demo-coalition";

// The demo coalition's data needs: what teams in each type of organisation typically need from
// others, with a mix of importance and how far each is met today. Categories are named as the
// starting data categories are (migration 20261201232000_data_categories).

/** The data comes from one organisation (by ODS code) or any organisation of a type. */
export type DemoSource = { odsCode: string } | { type: OrganisationType };

export interface DemoDataNeed {
  teamOrRole: string;
  category: string;
  source: DemoSource;
  timeliness: Timeliness;
  volumePerMonth: number | null;
  purpose: string;
  decision: string | null;
  importance: NeedImportance;
  metToday: NeedMet;
}

type Template = Omit<DemoDataNeed, "source" | "importance" | "metToday"> & {
  source: (organisation: DemoOrganisation) => DemoSource;
  importance: NeedImportance;
};

/** The acute trust that serves each place. */
const hospitalFor = (place: DemoPlace): DemoSource => ({
  odsCode: place === "Riverside" || place === "Eastbrook" ? "ZZR02" : "ZZR01",
});
const councilFor = (place: DemoPlace): DemoSource => ({
  odsCode: place === "Riverside" ? "ZZL02" : "ZZL01",
});
const anyOf = (type: OrganisationType) => () => ({ type });

const templates: Partial<Record<OrganisationType, Template[]>> = {
  ACUTE_TRUST: [
    {
      teamOrRole: "Emergency department",
      category: "Problems and diagnoses",
      source: anyOf("GP_PRACTICE"),
      timeliness: "REAL_TIME",
      volumePerMonth: 6000,
      purpose:
        "A general picture of the person on arrival: conditions, recent care, who knows them",
      decision: "Whether to admit, and where",
      importance: "ESSENTIAL",
    },
    {
      teamOrRole: "Emergency department",
      category: "Medications and medical devices",
      source: anyOf("GP_PRACTICE"),
      timeliness: "REAL_TIME",
      volumePerMonth: 6000,
      purpose: "Current medicines, so that none are missed or doubled",
      decision: "What to prescribe on admission",
      importance: "ESSENTIAL",
    },
    {
      teamOrRole: "Discharge team",
      category: "Care package details",
      source: (organisation) => councilFor(organisation.place),
      timeliness: "WITHIN_72_HOURS",
      volumePerMonth: 400,
      purpose: "Whether care at home can restart, and when",
      decision: "The day the person can go home",
      importance: "IMPORTANT",
    },
  ],
  COMMUNITY_TRUST: [
    {
      teamOrRole: "District nurses",
      category: "Medications and medical devices",
      source: anyOf("GP_PRACTICE"),
      timeliness: "SAME_DAY",
      volumePerMonth: 1500,
      purpose: "Give the right medicines and dressings on home visits",
      decision: null,
      importance: "ESSENTIAL",
    },
    {
      teamOrRole: "District nurses",
      category: "Encounters and events",
      source: anyOf("ACUTE_TRUST"),
      timeliness: "SAME_DAY",
      volumePerMonth: 300,
      purpose: "Know who has come home from hospital and needs a visit",
      decision: "Which patients to visit first",
      importance: "ESSENTIAL",
    },
  ],
  MENTAL_HEALTH_TRUST: [
    {
      teamOrRole: "Crisis resolution team",
      category: "Alerts",
      source: anyOf("GP_PRACTICE"),
      timeliness: "WITHIN_AN_HOUR",
      volumePerMonth: 250,
      purpose: "Risks to the person and to staff before a home visit",
      decision: "Whether to visit alone",
      importance: "ESSENTIAL",
    },
  ],
  AMBULANCE_TRUST: [
    {
      teamOrRole: "Paramedic crews",
      category: "End of life care",
      source: anyOf("GP_PRACTICE"),
      timeliness: "REAL_TIME",
      volumePerMonth: 200,
      purpose: "ReSPECT and DNACPR decisions at the scene",
      decision: "Whether to resuscitate or convey to hospital",
      importance: "ESSENTIAL",
    },
  ],
  PRIMARY_CARE_NETWORK: [
    {
      teamOrRole: "Out-of-hours doctors",
      category: "Care and support plans",
      source: anyOf("COMMUNITY_TRUST"),
      timeliness: "REAL_TIME",
      volumePerMonth: 350,
      purpose: "Primary and secondary care information for people seen out of hours",
      decision: "Whether to treat at home or refer",
      importance: "IMPORTANT",
    },
  ],
  GP_PRACTICE: [
    {
      teamOrRole: "GPs",
      category: "Encounters and events",
      source: (organisation) => hospitalFor(organisation.place),
      timeliness: "SAME_DAY",
      volumePerMonth: 120,
      purpose: "Discharge summaries, so that follow-up happens",
      decision: "Medicines to change and follow-up to book",
      importance: "ESSENTIAL",
    },
    {
      teamOrRole: "Care coordinators",
      category: "Assessments",
      source: anyOf("CARE_HOME"),
      timeliness: "WITHIN_72_HOURS",
      volumePerMonth: 40,
      purpose: "Monitor the wellbeing of residents: weight, falls, mood",
      decision: "Who needs a review visit",
      importance: "IMPORTANT",
    },
  ],
  LOCAL_AUTHORITY_ADULT_SOCIAL_CARE: [
    {
      teamOrRole: "Social workers",
      category: "Encounters and events",
      source: anyOf("ACUTE_TRUST"),
      timeliness: "SAME_DAY",
      volumePerMonth: 500,
      purpose: "Know when someone with a care package is admitted",
      decision: "Whether to pause the care package",
      importance: "ESSENTIAL",
    },
    {
      teamOrRole: "Social workers",
      category: "Assessments",
      source: anyOf("HOME_CARE_PROVIDER"),
      timeliness: "WITHIN_72_HOURS",
      volumePerMonth: 200,
      purpose: "Monitor wellbeing between reviews",
      decision: "Whether to bring a review forward",
      importance: "NICE_TO_HAVE",
    },
  ],
  CARE_HOME: [
    {
      teamOrRole: "Nurses and senior carers",
      category: "Medications and medical devices",
      source: (organisation) => hospitalFor(organisation.place),
      timeliness: "SAME_DAY",
      volumePerMonth: 8,
      purpose: "Medicines on discharge from hospital, before the first evening round",
      decision: "What to give tonight",
      importance: "ESSENTIAL",
    },
    {
      teamOrRole: "Home manager",
      category: "Care and support plans",
      source: (organisation) => hospitalFor(organisation.place),
      timeliness: "SAME_DAY",
      volumePerMonth: 8,
      purpose: "The care plan from hospital discharge, to care for the resident safely",
      decision: "Whether we can meet the resident's needs on return",
      importance: "ESSENTIAL",
    },
    {
      teamOrRole: "Home manager",
      category: "Care needs assessment",
      source: (organisation) => councilFor(organisation.place),
      timeliness: "WITHIN_72_HOURS",
      volumePerMonth: 3,
      purpose: "Plan for a new resident before they arrive",
      decision: null,
      importance: "IMPORTANT",
    },
  ],
  HOME_CARE_PROVIDER: [
    {
      teamOrRole: "Care coordinators",
      category: "Care package details",
      source: (organisation) => councilFor(organisation.place),
      timeliness: "SAME_DAY",
      volumePerMonth: 30,
      purpose: "Visits, times and tasks for new and changed packages",
      decision: "The rota",
      importance: "ESSENTIAL",
    },
    {
      teamOrRole: "Care workers",
      category: "Medications and medical devices",
      source: anyOf("GP_PRACTICE"),
      timeliness: "WITHIN_72_HOURS",
      volumePerMonth: 60,
      purpose: "Support people with their medicines",
      decision: null,
      importance: "IMPORTANT",
    },
  ],
  HOSPICE: [
    {
      teamOrRole: "Specialist palliative care nurses",
      category: "End of life care",
      source: anyOf("GP_PRACTICE"),
      timeliness: "SAME_DAY",
      volumePerMonth: 40,
      purpose: "Preferences and plans for the end of life",
      decision: "Where the person is cared for",
      importance: "ESSENTIAL",
    },
  ],
  PHARMACY: [
    {
      teamOrRole: "Pharmacists",
      category: "Medications and medical devices",
      source: (organisation) => hospitalFor(organisation.place),
      timeliness: "SAME_DAY",
      volumePerMonth: 50,
      purpose: "Medicine changes on discharge (the Discharge Medicines Service)",
      decision: null,
      importance: "IMPORTANT",
    },
  ],
  VOLUNTARY_AND_COMMUNITY_SECTOR: [
    {
      teamOrRole: "Volunteer coordinators",
      category: "Social context",
      source: (organisation) => councilFor(organisation.place),
      timeliness: "ON_REQUEST",
      volumePerMonth: null,
      purpose: "Who lives alone and would welcome a visit",
      decision: null,
      importance: "NICE_TO_HAVE",
    },
  ],
};

// How far each need is met, and importance shifts, in turns: a realistic mix for the heatmap.
const metCycle: NeedMet[] = ["NOT_AT_ALL", "PARTLY", "PARTLY", "FULLY", "NOT_AT_ALL"];
const importanceShift: Record<NeedImportance, NeedImportance[]> = {
  ESSENTIAL: ["ESSENTIAL", "ESSENTIAL", "IMPORTANT"],
  IMPORTANT: ["IMPORTANT", "NICE_TO_HAVE", "ESSENTIAL"],
  NICE_TO_HAVE: ["NICE_TO_HAVE", "IMPORTANT", "NICE_TO_HAVE"],
};

/**
 * The needs of one demo organisation (the index-th): most have their type's needs; every seventh
 * has none yet, as in a real coalition.
 */
export function demoDataNeedsFor(organisation: DemoOrganisation, index: number): DemoDataNeed[] {
  if (index % 7 === 6) return [];
  return (templates[organisation.type] ?? []).map((template, position) => ({
    ...template,
    source: template.source(organisation),
    importance: importanceShift[template.importance][(index + position) % 3] ?? template.importance,
    metToday: metCycle[(index + position) % metCycle.length] ?? "PARTLY",
  }));
}

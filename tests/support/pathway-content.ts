import type { PathwayContent } from "@/lib/pathways/content";

// A pathway's content built in memory, for the exports' unit tests: three lanes (two named
// organisations and any care home), four steps, and flows between and within organisations.

export const HOSTILE = `<script>alert("x")</script> & 'more'`;

export function sampleContent(overrides: Partial<PathwayContent> = {}): PathwayContent {
  return {
    name: "Discharge home",
    population: "Frail older people",
    purpose: "Safe discharge from hospital to a care home",
    lanes: [
      {
        key: "org:hospital",
        label: "Elmshire Hospital",
        organisationId: "00000000-0000-4000-8000-000000000001",
        organisationType: "ACUTE_TRUST",
        odsCode: "RXX",
      },
      {
        key: "type:CARE_HOME",
        label: "Any care home",
        organisationId: null,
        organisationType: "CARE_HOME",
        odsCode: null,
      },
      {
        key: "org:surgery",
        label: "Moorside Surgery",
        organisationId: "00000000-0000-4000-8000-000000000002",
        organisationType: "GP_PRACTICE",
        odsCode: "B81001",
      },
    ],
    steps: [
      step("s1", "Plan discharge", "Discharge coordinator", "org:hospital", 1),
      step("s2", "Pharmacy check", "Ward pharmacist", "org:hospital", 2),
      step("s3", "Welcome home", "Care home manager", "type:CARE_HOME", 3),
      step("s4", "Review medicines", "GP", "org:surgery", 4),
    ],
    flows: [
      flow("f1", "s1", "s2", ["Medications and medical devices"]),
      flow("f2", "s2", "s3", ["Medications and medical devices", "Person demographics"]),
      flow("f3", "s3", "s4", ["Person demographics"]),
      flow("f4", "s4", "s1", ["Alerts"]),
    ],
    ...overrides,
  };
}

export function step(
  id: string,
  name: string,
  performerRole: string,
  laneKey: string,
  position: number,
): PathwayContent["steps"][number] {
  return {
    id,
    name,
    performerRole,
    setting: null,
    description: null,
    position,
    laneKey,
    version: 1,
  };
}

export function flow(
  id: string,
  fromStepId: string,
  toStepId: string,
  categories: string[],
): PathwayContent["flows"][number] {
  return {
    id,
    fromStepId,
    toStepId,
    categories: categories.map((name, index) => ({ id: `${id}-c${index}`, name })),
    purpose: "Safe care",
    timeliness: "SAME_DAY",
    volumePerMonth: 120,
    mechanism: "API",
    standard: "FHIR UK Core",
    currentState: "PARTLY_DIGITAL",
    senderHoldsDigitally: true,
    receiverCanTakeIn: null,
    notes: null,
    version: 1,
  };
}

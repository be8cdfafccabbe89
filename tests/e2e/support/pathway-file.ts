import { randomBytes } from "node:crypto";

/**
 * A pathway file for the demo coalition: Moorside Surgery (found by its ODS code), Larchwood
 * Care Home (found by its name) and any community pharmacy, three steps and two flows. Each call
 * gets a name of its own, so that runs never clash.
 */
export function demoPathwayFile(overrides: { moorsideOdsCode?: string } = {}) {
  const name = `Care home medicines review <${randomBytes(3).toString("hex")}>`;
  const file = {
    format: "coalition-pathway",
    version: 1,
    pathway: {
      name,
      population: "Care home residents on many medicines",
      purpose: "Review medicines after a change of home",
    },
    lanes: [
      {
        key: "surgery",
        organisation: {
          odsCode: overrides.moorsideOdsCode ?? "Z90001",
          name: "Moorside Surgery",
          type: "GP_PRACTICE",
        },
        organisationType: "GP_PRACTICE",
      },
      {
        key: "home",
        organisation: { odsCode: null, name: "larchwood care home", type: "CARE_HOME" },
        organisationType: "CARE_HOME",
      },
      { key: "pharmacy", organisation: null, organisationType: "PHARMACY" },
    ],
    steps: [
      { key: "admit", name: "Admit resident", performerRole: "Care home manager", lane: "home" },
      { key: "review", name: "Structured medication review", performerRole: "GP", lane: "surgery" },
      { key: "supply", name: "Supply medicines", performerRole: "Pharmacist", lane: "pharmacy" },
    ],
    flows: [
      {
        from: "admit",
        to: "review",
        dataCategories: ["Medications and medical devices"],
        purpose: "Know what the resident takes",
        timeliness: "WITHIN_72_HOURS",
        volumePerMonth: 12,
        mechanism: "SECURE_EMAIL",
        standard: null,
        currentState: "PARTLY_DIGITAL",
        senderHoldsDigitally: true,
        receiverCanTakeIn: false,
        notes: null,
      },
      {
        from: "review",
        to: "supply",
        dataCategories: ["Medications and medical devices", "Person demographics"],
        purpose: "Supply the changed medicines",
        timeliness: "SAME_DAY",
        volumePerMonth: null,
        mechanism: "API",
        standard: "FHIR UK Core",
        currentState: "FULLY_DIGITAL",
        senderHoldsDigitally: true,
        receiverCanTakeIn: true,
        notes: null,
      },
    ],
  };
  return { name, file, buffer: Buffer.from(JSON.stringify(file, null, 2)) };
}

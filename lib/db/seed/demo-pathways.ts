import type {
  FlowMechanism,
  FlowState,
  OrganisationType,
  Timeliness,
} from "@/lib/generated/prisma/enums";

// Three shared care pathways across the demo coalition, with flows in every state, so the map,
// the readiness summary and the exports have something real to show. Lanes name organisations by
// ODS code, or any organisation of a type; flows name their steps by key and their data by
// category name.

export interface DemoStep {
  key: string;
  name: string;
  lane: { odsCode: string } | { type: OrganisationType };
  performerRole: string;
  setting?: string;
}

export interface DemoFlow {
  from: string;
  to: string;
  data: string[];
  purpose: string;
  timeliness: Timeliness;
  volumePerMonth?: number;
  mechanism: FlowMechanism;
  standard?: string;
  currentState: FlowState;
  senderHoldsDigitally: boolean | null;
  receiverCanTakeIn: boolean | null;
  notes?: string;
}

export interface DemoPathway {
  name: string;
  population: string;
  purpose: string;
  publish: boolean;
  steps: DemoStep[];
  flows: DemoFlow[];
}

export const demoPathways: DemoPathway[] = [
  {
    name: "Hospital discharge home with a care package",
    population: "Frail older people discharged from hospital to their own home",
    purpose:
      "Get people home safely on the day they are medically fit, with care in place from the first evening and no repeat of their story.",
    publish: true,
    steps: [
      {
        key: "assess",
        name: "Assess for discharge",
        lane: { odsCode: "ZZR01" },
        performerRole: "Discharge coordinator",
        setting: "Ward",
      },
      {
        key: "needs",
        name: "Assess care needs",
        lane: { odsCode: "ZZL01" },
        performerRole: "Social worker",
        setting: "Ward",
      },
      {
        key: "package",
        name: "Start the care package",
        lane: { type: "HOME_CARE_PROVIDER" },
        performerRole: "Care coordinator",
        setting: "Person's home",
      },
      {
        key: "visit",
        name: "First home visit",
        lane: { odsCode: "ZZR03" },
        performerRole: "District nurse",
        setting: "Person's home",
      },
      {
        key: "review",
        name: "Review medicines after discharge",
        lane: { odsCode: "Z90001" },
        performerRole: "Clinical pharmacist",
        setting: "GP practice",
      },
    ],
    flows: [
      {
        from: "assess",
        to: "needs",
        data: ["Person demographics", "Problems and diagnoses", "Assessments"],
        purpose: "Start the care needs assessment before the discharge date",
        timeliness: "SAME_DAY",
        volumePerMonth: 220,
        mechanism: "SHARED_CARE_RECORD_VIEW",
        standard: "PRSB Core Information Standard",
        currentState: "FULLY_DIGITAL",
        senderHoldsDigitally: true,
        receiverCanTakeIn: true,
      },
      {
        from: "needs",
        to: "package",
        data: ["Care needs assessment", "Care package details"],
        purpose: "Arrange care visits from the first evening",
        timeliness: "SAME_DAY",
        volumePerMonth: 140,
        mechanism: "SECURE_EMAIL",
        currentState: "PARTLY_DIGITAL",
        senderHoldsDigitally: true,
        receiverCanTakeIn: null,
        notes: "Providers retype the package into their rostering system.",
      },
      {
        from: "assess",
        to: "visit",
        data: ["Medications and medical devices", "Care and support plans"],
        purpose: "Plan the first district nursing visit",
        timeliness: "WITHIN_AN_HOUR",
        volumePerMonth: 180,
        mechanism: "MESSAGE",
        standard: "PRSB eDischarge summary",
        currentState: "FULLY_DIGITAL",
        senderHoldsDigitally: true,
        receiverCanTakeIn: true,
      },
      {
        from: "assess",
        to: "review",
        data: ["Medications and medical devices"],
        purpose: "Reconcile medicines within 72 hours of discharge",
        timeliness: "WITHIN_72_HOURS",
        volumePerMonth: 300,
        mechanism: "MESSAGE",
        standard: "PRSB eDischarge summary",
        currentState: "FULLY_DIGITAL",
        senderHoldsDigitally: true,
        receiverCanTakeIn: true,
      },
      {
        from: "package",
        to: "visit",
        data: ["Alerts", "Care and support plans"],
        purpose: "Tell the district nurse what carers see at each visit",
        timeliness: "SAME_DAY",
        mechanism: "PHONE",
        currentState: "MANUAL",
        senderHoldsDigitally: false,
        receiverCanTakeIn: true,
        notes: "Carers write in a paper folder at the person's home.",
      },
    ],
  },
  {
    name: "Community mental health crisis",
    population: "Adults in a mental health crisis at home or in the community",
    purpose:
      "Give everyone who responds to a crisis the same picture of the person and their crisis plan, day or night.",
    publish: true,
    steps: [
      {
        key: "call",
        name: "Take the crisis call",
        lane: { odsCode: "ZZR05" },
        performerRole: "Paramedic",
        setting: "Person's home",
      },
      {
        key: "assess",
        name: "Crisis assessment",
        lane: { odsCode: "ZZR04" },
        performerRole: "Crisis team nurse",
        setting: "Person's home",
      },
      {
        key: "gp",
        name: "Follow up with the GP",
        lane: { type: "GP_PRACTICE" },
        performerRole: "GP",
      },
      {
        key: "support",
        name: "Peer support",
        lane: { odsCode: "ZZV01" },
        performerRole: "Peer support worker",
        setting: "Community",
      },
    ],
    flows: [
      {
        from: "assess",
        to: "call",
        data: ["Care and support plans", "Alerts", "Safeguarding"],
        purpose: "See the crisis plan before arriving",
        timeliness: "REAL_TIME",
        volumePerMonth: 90,
        mechanism: "SHARED_CARE_RECORD_VIEW",
        currentState: "NOT_HAPPENING",
        senderHoldsDigitally: true,
        receiverCanTakeIn: false,
        notes: "Crews have no access to the shared care record on their tablets.",
      },
      {
        from: "call",
        to: "assess",
        data: ["Encounters and events", "Assessments"],
        purpose: "Hand over what the crew found",
        timeliness: "WITHIN_AN_HOUR",
        volumePerMonth: 90,
        mechanism: "PHONE",
        currentState: "MANUAL",
        senderHoldsDigitally: true,
        receiverCanTakeIn: null,
      },
      {
        from: "assess",
        to: "gp",
        data: [
          "Problems and diagnoses",
          "Medications and medical devices",
          "Care and support plans",
        ],
        purpose: "Continue care after the crisis",
        timeliness: "WITHIN_72_HOURS",
        volumePerMonth: 75,
        mechanism: "MESSAGE",
        standard: "FHIR UK Core",
        currentState: "PARTLY_DIGITAL",
        senderHoldsDigitally: true,
        receiverCanTakeIn: true,
      },
      {
        from: "assess",
        to: "support",
        data: ["About me", "Contacts"],
        purpose: "Offer peer support with the person's consent",
        timeliness: "ON_REQUEST",
        mechanism: "PAPER_OR_POST",
        currentState: "MANUAL",
        senderHoldsDigitally: true,
        receiverCanTakeIn: false,
      },
    ],
  },
  {
    name: "End of life care at home",
    population: "People in their last year of life who wish to die at home",
    purpose:
      "Make sure every professional knows the person's wishes and their ReSPECT decisions, so nobody is taken to hospital against them.",
    publish: false,
    steps: [
      {
        key: "plan",
        name: "Agree end of life wishes",
        lane: { type: "GP_PRACTICE" },
        performerRole: "GP",
        setting: "GP practice",
      },
      {
        key: "hospice",
        name: "Specialist palliative care",
        lane: { odsCode: "ZZP01" },
        performerRole: "Palliative care nurse specialist",
        setting: "Person's home",
      },
      {
        key: "carehome",
        name: "Care in the care home",
        lane: { type: "CARE_HOME" },
        performerRole: "Senior carer",
        setting: "Care home",
      },
      {
        key: "ambulance",
        name: "Respond out of hours",
        lane: { odsCode: "ZZR05" },
        performerRole: "Paramedic",
      },
    ],
    flows: [
      {
        from: "plan",
        to: "hospice",
        data: ["End of life care", "Legal information"],
        purpose: "Plan specialist care around the person's wishes",
        timeliness: "SAME_DAY",
        volumePerMonth: 40,
        mechanism: "SHARED_CARE_RECORD_VIEW",
        standard: "PRSB Core Information Standard",
        currentState: "FULLY_DIGITAL",
        senderHoldsDigitally: true,
        receiverCanTakeIn: true,
      },
      {
        from: "plan",
        to: "carehome",
        data: ["End of life care", "Medications and medical devices"],
        purpose: "Know the ReSPECT decisions and anticipatory medicines",
        timeliness: "SAME_DAY",
        volumePerMonth: 25,
        mechanism: "PORTAL_ACCESS",
        currentState: "PARTLY_DIGITAL",
        senderHoldsDigitally: true,
        receiverCanTakeIn: null,
      },
      {
        from: "plan",
        to: "ambulance",
        data: ["End of life care", "Alerts"],
        purpose: "Respect the person's wishes when called out of hours",
        timeliness: "REAL_TIME",
        volumePerMonth: 30,
        mechanism: "API",
        standard: "FHIR UK Core",
        currentState: "NOT_HAPPENING",
        senderHoldsDigitally: true,
        receiverCanTakeIn: true,
      },
      {
        from: "hospice",
        to: "carehome",
        data: ["Care and support plans"],
        purpose: "Share the symptom plan",
        timeliness: "WITHIN_72_HOURS",
        mechanism: "OTHER",
        currentState: "MANUAL",
        senderHoldsDigitally: null,
        receiverCanTakeIn: null,
      },
    ],
  },
];

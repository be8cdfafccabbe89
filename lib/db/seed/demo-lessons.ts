import type { DbTransaction } from "@/lib/db/types";
import type { LessonOutcome, MembershipRole, SystemCategory } from "@/lib/generated/prisma/enums";
import { openLessonDiscussion } from "@/lib/lessons/discussion";
import type { CareSetting, ProjectType, WglMeasure } from "@/lib/lessons/labels";
import { refreshLessonSearch } from "@/lib/lessons/search-vector";

// Fifteen fictional lessons learned, told by the demo accounts for the organisations they act
// for (the programme lead tells those gathered at coalition workshops), linked to the demo
// systems, pathway steps and maturity dimensions. Some demo people can be found in the peer
// finder, with what they can help with.

interface DemoLesson {
  title: string;
  by: string;
  /** The organisation it was learned at, by ODS code. */
  at?: string;
  systems: { category: SystemCategory; supplier: string; product: string }[];
  step?: { pathway: string; step: string };
  dimension?: string;
  careSetting?: CareSetting;
  projectType?: ProjectType;
  wglMeasure?: WglMeasure;
  outcome: LessonOutcome;
  audience: string;
  whatWeTried: string;
  whatHappened: string;
  why: string;
  earlyWarningSigns?: string;
  recommendation: string;
  evidenceLinks?: string[];
}

const DISCHARGE = "Hospital discharge home with a care package";
const CRISIS = "Community mental health crisis";
const LEAD = "lead@elmshire.example";
const MANAGER = "manager@larchwood.example";
const PRACTICE = "practice.manager@moorside.example";
const IG_ROYAL = "ig@elmshire-royal.example";

const TENDLY = {
  category: "CARE_HOME_RECORD",
  supplier: "Tendly",
  product: "Tendly Care",
} as const;
const CARENOTE = {
  category: "CARE_HOME_RECORD",
  supplier: "Carenote Digital",
  product: "Carenote",
} as const;
const MERIDIAN = {
  category: "GP_SYSTEM",
  supplier: "Meridian Health Systems",
  product: "Meridian GP",
} as const;
const PRACTICE_ONE = {
  category: "GP_SYSTEM",
  supplier: "Castlegate Software",
  product: "PracticeOne",
} as const;
const NORTHWAY = {
  category: "EHR",
  supplier: "Northway Clinical",
  product: "Northway EPR",
} as const;
const SHARED_RECORD = {
  category: "SHARED_CARE_RECORD",
  supplier: "Northway Clinical",
  product: "Elmshire Care Record",
} as const;
const CARECASE = {
  category: "SOCIAL_CARE_CASE_MANAGEMENT",
  supplier: "Harbour Systems",
  product: "CareCase",
} as const;
const COMMUNITY_ONE = {
  category: "EHR",
  supplier: "Castlegate Software",
  product: "CommunityOne",
} as const;

export const demoLessons: DemoLesson[] = [
  {
    title: "Night staff need their own log-ins to the shared care record",
    by: MANAGER,
    at: "ZZC01",
    systems: [SHARED_RECORD],
    step: { pathway: DISCHARGE, step: "Start the care package" },
    dimension: "smart-foundations",
    careSetting: "care-home",
    projectType: "record-sharing",
    wglMeasure: "smart-foundations",
    outcome: "PARTLY_WORKED",
    audience: "care homes joining the shared care record",
    whatWeTried:
      "We gave the shared care record log-in to the day team leaders only, and asked night staff to phone them when they needed to look something up.",
    whatHappened:
      "Night staff rang the hospital ward instead, and twice a resident's new medicines were given late after an evening discharge.",
    why: "The people who receive most evening discharges were the ones without access.",
    earlyWarningSigns:
      "- Calls to the ward after 8 pm\n- Handover notes saying *waiting for discharge letter*",
    recommendation:
      "Give every senior carer on nights their own smartcard or log-in before go-live, and test it on a real night shift.",
  },
  {
    title: "Moving from paper care plans to Tendly Care in six weeks",
    by: LEAD,
    at: "ZZC03",
    systems: [TENDLY],
    dimension: "support-people",
    careSetting: "care-home",
    projectType: "new-system",
    wglMeasure: "support-people",
    outcome: "WORKED",
    audience: "care homes putting in a digital social care record",
    whatWeTried:
      "Two digital champions per shift, protected time for training, and one unit at a time rather than the whole home at once.",
    whatHappened:
      "All residents' care plans were digital within six weeks, and handovers got shorter by about ten minutes.",
    why: "Champions were on the floor to answer questions when they came up, not in a classroom.",
    recommendation: "Name champions early, pay for their training time, and go live unit by unit.",
    evidenceLinks: ["https://example.org/elmshire/tendly-go-live-review"],
  },
  {
    title: "Discharge summaries reach GP practices faster when the letter is structured",
    by: IG_ROYAL,
    at: "ZZR01",
    systems: [NORTHWAY, MERIDIAN],
    step: { pathway: DISCHARGE, step: "Assess for discharge" },
    dimension: "improve-care",
    careSetting: "hospital",
    projectType: "integration",
    wglMeasure: "improve-care",
    outcome: "WORKED",
    audience: "acute trusts sending discharge summaries to GP practices",
    whatWeTried:
      "We replaced free-text discharge letters with a structured summary sent electronically from Northway EPR.",
    whatHappened:
      "Summaries arrived in Meridian GP the same day instead of after three to five days, and practices stopped re-keying medicines.",
    why: "Structured medicines and follow-up actions could be filed straight into the GP record.",
    earlyWarningSigns: "Practices still scanning printed letters a month after the switch.",
    recommendation:
      "Agree the summary's headings with practices first, and check the receiving side files it automatically.",
  },
  {
    title: "A medicines reconciliation check after every discharge",
    by: PRACTICE,
    at: "Z90001",
    systems: [MERIDIAN],
    step: { pathway: DISCHARGE, step: "Review medicines after discharge" },
    dimension: "safe-practice",
    careSetting: "primary-care",
    projectType: "process-change",
    wglMeasure: "safe-practice",
    outcome: "WORKED",
    audience: "GP practices receiving discharge summaries",
    whatWeTried:
      "A task in Meridian GP for the practice pharmacist on every incoming discharge summary, due within two working days.",
    whatHappened:
      "Medication reconciliation was done for nine in ten discharges, up from about half.",
    why: "The task landed with one named person instead of the duty doctor's inbox.",
    recommendation: "Route discharge summaries to a named pharmacist queue, not a shared inbox.",
  },
  {
    title: "Switching social care case management without losing open cases",
    by: LEAD,
    at: "ZZL02",
    systems: [CARECASE],
    step: { pathway: DISCHARGE, step: "Assess care needs" },
    dimension: "smart-foundations",
    careSetting: "social-care",
    projectType: "system-switch",
    wglMeasure: "smart-foundations",
    outcome: "PARTLY_WORKED",
    audience: "councils switching social care systems",
    whatWeTried: "A big-bang move of all open cases to CareCase over one weekend.",
    whatHappened:
      "Open cases moved, but assessments in progress lost their attachments, and social workers re-did some of them.",
    why: "The migration tested closed cases more than work in progress.",
    earlyWarningSigns: "Test migrations with only closed cases passing.",
    recommendation:
      "Freeze new assessments for two days before the switch, and test with real cases in progress.",
  },
  {
    title: "Carers' access to the shared care record through the care home's own record",
    by: LEAD,
    at: "ZZC06",
    systems: [CARENOTE, SHARED_RECORD],
    step: { pathway: DISCHARGE, step: "Start the care package" },
    dimension: "smart-foundations",
    careSetting: "care-home",
    projectType: "record-sharing",
    wglMeasure: "smart-foundations",
    outcome: "DID_NOT_WORK",
    audience: "care homes and the shared care record team",
    whatWeTried:
      "A link from Carenote into the Elmshire Care Record so carers need not sign in twice.",
    whatHappened:
      "The link worked in testing but not on the home's shared tablets, so carers gave up.",
    why: "The tablets were not enrolled in the county's device management, which the record requires.",
    recommendation:
      "Check device enrolment and Wi-Fi coverage in every unit before promising single sign-on.",
  },
  {
    title: "Out-of-hours crisis calls: paramedics seeing the crisis plan",
    by: LEAD,
    at: "ZZR05",
    systems: [SHARED_RECORD],
    step: { pathway: CRISIS, step: "Take the crisis call" },
    dimension: "improve-care",
    careSetting: "urgent-care",
    projectType: "record-sharing",
    wglMeasure: "improve-care",
    outcome: "WORKED",
    audience: "ambulance and mental health trusts",
    whatWeTried: "Crisis plans written in CommunityOne shown in the shared care record for crews.",
    whatHappened:
      "Crews found a plan for most people known to the crisis team, and fewer were taken to A&E.",
    why: "The plan was one page, in the same place every time.",
    recommendation: "Keep crisis plans to one page with a fixed layout.",
  },
  {
    title: "Follow-up with the GP after a crisis needs a named practice contact",
    by: PRACTICE,
    at: "Z90001",
    systems: [MERIDIAN, COMMUNITY_ONE],
    step: { pathway: CRISIS, step: "Follow up with the GP" },
    dimension: "well-led",
    careSetting: "primary-care",
    projectType: "process-change",
    wglMeasure: "well-led",
    outcome: "PARTLY_WORKED",
    audience: "GP practices and community mental health teams",
    whatWeTried: "Crisis team letters sent to the practice's general address.",
    whatHappened: "Letters waited days to be read; follow-up appointments were late.",
    why: "Nobody at the practice owned mental health follow-ups.",
    recommendation: "Agree one named clinician per practice for crisis follow-ups.",
  },
  {
    title: "Cyber essentials before connecting care homes",
    by: MANAGER,
    at: "ZZC01",
    systems: [],
    dimension: "safe-practice",
    careSetting: "care-home",
    projectType: "information-governance",
    wglMeasure: "safe-practice",
    outcome: "WORKED",
    audience: "small care providers joining the programme",
    whatWeTried: "We completed the Data Security and Protection Toolkit with help from the ICB.",
    whatHappened: "We met the standard in two months and could then be connected.",
    why: "The ICB's templates saved us writing policies from scratch.",
    recommendation: "Ask the ICB for the template policies before starting the toolkit.",
  },
  {
    title: "Home care visits recorded on phones in PracticeOne areas",
    by: LEAD,
    at: "ZZH03",
    systems: [TENDLY, PRACTICE_ONE],
    step: { pathway: DISCHARGE, step: "First home visit" },
    dimension: "support-people",
    careSetting: "home-care",
    projectType: "devices-and-connectivity",
    wglMeasure: "support-people",
    outcome: "PARTLY_WORKED",
    audience: "home care providers",
    whatWeTried: "Phones for every care worker with Tendly Care's visit app.",
    whatHappened:
      "Visit notes improved, but rural visits had no signal and notes were typed later.",
    why: "Offline mode was not switched on.",
    earlyWarningSigns: "Notes time-stamped hours after the visit.",
    recommendation: "Turn on offline recording and test it in the areas with the worst signal.",
  },
  {
    title: "Sharing maturity results made the coalition's workshops useful",
    by: LEAD,
    systems: [],
    dimension: "well-led",
    projectType: "process-change",
    wglMeasure: "well-led",
    outcome: "WORKED",
    audience: "programme leads running maturity rounds",
    whatWeTried: "We asked organisations to share their named maturity results with peers.",
    whatHappened: "Organisations weak on a dimension paired up with strong ones of the same type.",
    why: "People trust a peer of their own kind more than a consultant.",
    recommendation: "Ask for sharing at the start of the round, and show what it is used for.",
  },
  {
    title: "District nurses reading the care home's record before a visit",
    by: LEAD,
    at: "ZZR03",
    systems: [COMMUNITY_ONE, SHARED_RECORD],
    step: { pathway: DISCHARGE, step: "First home visit" },
    dimension: "improve-care",
    careSetting: "community",
    projectType: "record-sharing",
    wglMeasure: "improve-care",
    outcome: "WORKED",
    audience: "community trusts and care homes",
    whatWeTried: "District nurses checked the shared care record before each first visit.",
    whatHappened: "Fewer wasted visits, and dressings were ordered before the nurse arrived.",
    why: "Discharge details were there before the paper letter.",
    recommendation: "Make checking the record part of the visit checklist.",
  },
  {
    title: "Getting Meridian GP and the hospital to agree on allergy codes",
    by: IG_ROYAL,
    at: "ZZR01",
    systems: [MERIDIAN, NORTHWAY],
    dimension: "smart-foundations",
    careSetting: "hospital",
    projectType: "integration",
    wglMeasure: "smart-foundations",
    outcome: "DID_NOT_WORK",
    audience: "trusts and practices exchanging coded data",
    whatWeTried: "A mapping table between local allergy codes and the practices' codes.",
    whatHappened: "The table went out of date within weeks, and some allergies were dropped.",
    why: "Nobody owned the mapping once the project ended.",
    recommendation: "Use national codes at both ends rather than maintaining a local mapping.",
  },
  {
    title: "Peer support workers need access to the crisis plan too",
    by: LEAD,
    at: "ZZV02",
    systems: [],
    step: { pathway: CRISIS, step: "Peer support" },
    dimension: "empower-citizens",
    careSetting: "mental-health",
    projectType: "information-governance",
    wglMeasure: "empower-citizens",
    outcome: "PARTLY_WORKED",
    audience: "voluntary organisations in crisis pathways",
    whatWeTried: "Sharing crisis plans with peer support workers with the person's consent.",
    whatHappened: "Consent was recorded for most people, but the voluntary sector had no log-ins.",
    why: "Role-based access had no role for peer support workers.",
    recommendation: "Agree the role and its access with the Caldicott guardian early.",
  },
  {
    title: "Pharmacies seeing discharge medicines the same day",
    by: LEAD,
    at: "ZZF01",
    systems: [
      { category: "PHARMACY_SYSTEM", supplier: "Pillbox Systems", product: "Dispense Plus" },
    ],
    step: { pathway: DISCHARGE, step: "Review medicines after discharge" },
    dimension: "safe-practice",
    careSetting: "primary-care",
    projectType: "integration",
    wglMeasure: "safe-practice",
    outcome: "WORKED",
    audience: "community pharmacies",
    whatWeTried: "The discharge medicines list sent to the person's nominated pharmacy.",
    whatHappened: "New blister packs were ready on the day of discharge for most people.",
    why: "The pharmacy no longer waited for the GP to re-issue prescriptions.",
    recommendation: "Send discharge medicines to the nominated pharmacy as well as the GP.",
  },
];

/** People the peer finder shows in the demo, with what they can help with. */
export const demoFindablePeople: { email: string; canHelpWith: string }[] = [
  { email: MANAGER, canHelpWith: "Getting a small care home onto the shared care record" },
  { email: PRACTICE, canHelpWith: "Medicines reconciliation after discharge in a GP practice" },
  { email: IG_ROYAL, canHelpWith: "Data sharing agreements between trusts and care providers" },
  { email: LEAD, canHelpWith: "Running maturity rounds and coalition workshops" },
];

/** Adds the demo lessons, their discussions and the findable people, in the seeding transaction. */
export async function seedDemoLessons(tx: DbTransaction): Promise<void> {
  const [users, organisations, steps] = await Promise.all([
    tx.user.findMany({
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        memberships: { select: { organisationId: true, role: true } },
      },
    }),
    tx.organisation.findMany({
      select: { id: true, odsCode: true, type: true, placeId: true },
    }),
    tx.pathwayStep.findMany({
      select: { id: true, name: true, pathwayId: true, pathway: { select: { name: true } } },
    }),
  ]);
  const userByEmail = new Map(users.map((user) => [user.email, user]));
  const organisationByCode = new Map(organisations.map((o) => [o.odsCode, o]));
  for (const { email, canHelpWith } of demoFindablePeople) {
    await tx.user.updateMany({ where: { email }, data: { peerFindable: true, canHelpWith } });
  }
  for (const [index, demo] of demoLessons.entries()) {
    const author = userByEmail.get(demo.by);
    if (!author) throw new Error(`No demo account has the email ${demo.by}`);
    const organisation = demo.at ? organisationByCode.get(demo.at) : undefined;
    if (demo.at && !organisation) throw new Error(`No demo organisation has ODS code ${demo.at}`);
    const step = demo.step
      ? steps.find((s) => s.name === demo.step?.step && s.pathway.name === demo.step.pathway)
      : undefined;
    if (demo.step && !step) throw new Error(`No demo pathway step is named ${demo.step.step}`);
    const { by: _by, at: _at, step: _step, dimension, systems, ...fields } = demo;
    // Spread over the last few months, oldest first, so the register has an order to show.
    const createdAt = new Date(Date.UTC(2026, 6, 1) + index * 7 * 24 * 60 * 60 * 1000);
    const lesson = await tx.lesson.create({
      data: {
        ...fields,
        evidenceLinks: fields.evidenceLinks ?? [],
        authorId: author.id,
        organisationId: organisation?.id ?? null,
        organisationType: organisation?.type ?? null,
        placeId: organisation?.placeId ?? null,
        pathwayId: step?.pathwayId ?? null,
        stepId: step?.id ?? null,
        dimensionKey: dimension ?? null,
        createdAt,
        systems: { create: systems },
      },
      select: { id: true },
    });
    const actor = {
      userId: author.id,
      email: author.email,
      name: author.name,
      role: author.role,
      memberships: author.memberships as { organisationId: string; role: MembershipRole }[],
    };
    const { topicId } = await openLessonDiscussion(tx, actor, { id: lesson.id, title: demo.title });
    await tx.lesson.update({ where: { id: lesson.id }, data: { topicId } });
    await refreshLessonSearch(tx, lesson.id);
  }
}

import type { DbClient } from "@/lib/db/types";
import { randomUUID } from "node:crypto";

import type { AssessmentStatus, OrganisationType } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { refreshLessonsSearch } from "@/lib/lessons/search-vector";
import { type GivenAnswer, scoreAssessment } from "@/lib/maturity/scores";
import { organisationTypeLabels, organisationTypes } from "@/lib/organisations/types";

import { type ForumDataset, type ForumSize, insertForums, removeForums } from "./forum-dataset";

/** How much data to generate. Add a field here when a feature adds a model worth scaling. */
export interface DatasetSize extends ForumSize {
  organisations: number;
  places: number;
  /** Data needs, spread over the organisations and the starting data categories. */
  dataNeeds: number;
  /** One generated pathway of this many steps and flows, for the pathway page and editor. */
  pathwaySteps: number;
  pathwayFlows: number;
  /** Further small pathways (of SMALL_PATHWAY_STEPS steps and SMALL_PATHWAY_FLOWS flows each), for the list. */
  smallPathways: number;
  /** A maturity framework of this many questions, and this many rounds every organisation answered. */
  maturityQuestions: number;
  maturityRounds: number;
  /** Data sharing agreements between the organisations, in every status. */
  agreements: number;
  /** How many organisations have an assessment in each round (the first ones; all when larger). */
  assessedOrganisations: number;
  /** Lessons learned, spread over the organisations, with a system in use for each organisation. */
  lessons: number;
  /** Interactions, each with one organisation, over the last year. */
  interactions: number;
  /** Commitments of the organisations, in every status, due over eight months around today. */
  commitments: number;
}

/** The ids of every row the generators inserted, so that the rows can be removed again. */
export interface Dataset {
  size: DatasetSize;
  placeIds: string[];
  organisationIds: string[];
  /** The programme lead the benchmark signs in as, for pages behind sign-in. */
  userId: string;
  /** How many distinct organisation types the organisations have. */
  typeCount: number;
  /** Of the data needs, how many are not fully met: what the heatmap counts. */
  unmetNeeds: number;
  /** The generated pathway. */
  pathwayId: string;
  /** The further small pathways. */
  smallPathwayIds: string[];
  /** The generated maturity framework and its rounds, oldest first (null with no rounds). */
  maturity: MaturityDataset | null;
  /** The reference of a published, active agreement (null with no agreements). */
  publicAgreement: string | null;
  /** The id of that agreement (null with no agreements). */
  agreementId: string | null;
  /** The generated forums: a category's topic list and the big topic. */
  forum: ForumDataset;
  /** The system product every lesson page and peer search asks about. */
  lessonProduct: string;
}

export interface MaturityDataset {
  frameworkId: string;
  roundIds: string[];
  /** Organisations with an assessment in the latest round: what its heatmap counts. */
  latestRoundAssessments: number;
  /** An organisation with results in every round, for its results page. */
  organisationId: string;
}

const BATCH_SIZE = 1_000;

export const BENCH_EMAIL = "bench@coalition.invalid";
export const BENCH_PASSWORD = "benchmark passphrase, never real";

async function inBatches<T>(
  rows: T[],
  insert: (batch: T[]) => Promise<unknown>,
  size = BATCH_SIZE,
): Promise<void> {
  for (let start = 0; start < rows.length; start += size) {
    await insert(rows.slice(start, start + size));
  }
}

/** A small deterministic generator (mulberry32), so every run builds the same dataset. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const placeStems = ["North", "South", "East", "West", "Upper", "Lower", "Great", "Little"];
const placeEndings = ["moor", "vale", "brook", "field", "ford", "ham", "wick", "ton"];

function placeName(index: number): string {
  const stem = placeStems[index % placeStems.length] ?? "";
  const ending = placeEndings[Math.floor(index / placeStems.length) % placeEndings.length] ?? "";
  const round = Math.floor(index / (placeStems.length * placeEndings.length));
  return round === 0 ? `${stem}${ending}` : `${stem}${ending} ${round + 1}`;
}

interface PlaceRow {
  id: string;
  name: string;
}

export async function insertPlaces(prisma: DbClient, count: number): Promise<PlaceRow[]> {
  const rows = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    name: placeName(index),
  }));
  await inBatches(rows, (data) => prisma.place.createMany({ data }));
  return rows;
}

// Roughly how common each type is in a real system: many practices, homes and pharmacies, few
// trusts. Types not listed here weigh 1.
const typeWeights: Partial<Record<OrganisationType, number>> = {
  GP_PRACTICE: 30,
  CARE_HOME: 25,
  PHARMACY: 20,
  HOME_CARE_PROVIDER: 10,
  VOLUNTARY_AND_COMMUNITY_SECTOR: 10,
  PRIMARY_CARE_NETWORK: 4,
  HOSPICE: 2,
};

function typePicker(next: () => number): (index: number) => OrganisationType {
  const weighted = organisationTypes.flatMap((type) =>
    Array.from({ length: typeWeights[type] ?? 1 }, () => type),
  );
  // The first organisations take each type once, so every type is present.
  return (index) =>
    organisationTypes[index] ?? weighted[Math.floor(next() * weighted.length)] ?? "OTHER";
}

/** Fictional ODS-like codes: "ZB" (for bench) and the index in base 36, unique by construction. */
function odsCode(index: number): string {
  return `ZB${index.toString(36).toUpperCase().padStart(4, "0")}`;
}

export async function insertOrganisations(
  prisma: DbClient,
  count: number,
  places: PlaceRow[],
): Promise<{ id: string; type: OrganisationType }[]> {
  const pickType = typePicker(random(20_261_122));
  const rows = Array.from({ length: count }, (_, index) => {
    const type = pickType(index);
    // Spread evenly over the places.
    const place = places[index % places.length];
    if (!place) throw new Error("Organisations need at least one place");
    return {
      id: randomUUID(),
      // The index keeps names unique.
      name: `${place.name} ${organisationTypeLabels[type]} ${index + 1}`,
      odsCode: odsCode(index),
      type,
      placeId: place.id,
    };
  });
  await inBatches(rows, (data) => prisma.organisation.createMany({ data }));
  return rows;
}

/**
 * Data needs in one statement: generate_series numbers them, and each takes an organisation and a
 * data category by its number, so the database builds every row itself. Every third is fully met
 * ((n / 7) % 3 = 1 picks FULLY); returns how many are not.
 */
export async function insertDataNeeds(prisma: DbClient, count: number): Promise<number> {
  if (count === 0) return 0;
  await prisma.$executeRaw`
    WITH orgs AS (
      SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM "Organisation"
    ), categories AS (
      SELECT id, (row_number() OVER (ORDER BY name) - 1)::int AS n FROM "DataCategory"
    ), counts AS (
      SELECT (SELECT count(*) FROM orgs)::int AS orgs, (SELECT count(*) FROM categories)::int AS categories
    )
    INSERT INTO "DataNeed" ("id", "organisationId", "teamOrRole", "dataCategoryId",
      "sourceOrganisationType", "timeliness", "volumePerMonth", "purpose", "importance",
      "metToday", "updatedAt")
    SELECT gen_random_uuid(), o.id, 'Team ' || (g % 20), c.id,
      (enum_range(NULL::"OrganisationType"))[1 + g % 14],
      (enum_range(NULL::"Timeliness"))[1 + g % 6],
      g % 500, 'Generated for the benchmark',
      (enum_range(NULL::"NeedImportance"))[1 + g % 3],
      (enum_range(NULL::"NeedMet"))[1 + (g / 7) % 3],
      now()
    FROM counts, generate_series(0, ${count}::int - 1) AS g
    JOIN orgs o ON o.n = g % (SELECT orgs FROM counts)
    JOIN categories c ON c.n = (g / (SELECT orgs FROM counts)) % (SELECT categories FROM counts)`;
  // PostgreSQL's autovacuum would gather statistics soon after; the embedded database has none,
  // and without them the planner picks a nested loop for the heatmap's join.
  await prisma.$executeRaw`ANALYZE "DataNeed", "Organisation"`;
  return prisma.dataNeed.count({ where: { metToday: { not: "FULLY" } } });
}

/**
 * A draft pathway with its steps spread over lanes of up to 40 organisations (every tenth step in
 * a lane of a type), and flows from each step to the next few, each carrying two kinds of data.
 */
export async function insertPathway(
  prisma: DbClient,
  size: Pick<DatasetSize, "pathwaySteps" | "pathwayFlows">,
  organisationIds: string[],
  ownerId: string,
): Promise<string> {
  const pathway = await prisma.pathway.create({
    data: {
      name: "Benchmark pathway",
      population: "Generated",
      purpose: "Measures the pathway page and the editor",
      ownerId,
      revision: 1,
    },
  });
  const lanes = organisationIds.slice(0, 40);
  const steps = Array.from({ length: size.pathwaySteps }, (_, index) => ({
    id: randomUUID(),
    pathwayId: pathway.id,
    name: `Step ${index + 1}`,
    performerRole: `Role ${index % 12}`,
    position: index + 1,
    ...(index % 10 === 9 || lanes.length === 0
      ? { organisationType: organisationTypes[index % organisationTypes.length] }
      : { organisationId: lanes[index % lanes.length] }),
  }));
  await inBatches(steps, (data) => prisma.pathwayStep.createMany({ data }));
  const categories = await prisma.dataCategory.findMany({ select: { id: true } });
  const mechanisms = ["API", "MESSAGE", "SECURE_EMAIL", "PHONE", "PAPER_OR_POST"] as const;
  const states = ["FULLY_DIGITAL", "PARTLY_DIGITAL", "MANUAL", "NOT_HAPPENING"] as const;
  const flows =
    steps.length < 2
      ? []
      : Array.from({ length: size.pathwayFlows }, (_, index) => {
          const from = index % steps.length;
          const to = (from + 1 + Math.floor(index / steps.length)) % steps.length;
          return {
            id: randomUUID(),
            pathwayId: pathway.id,
            fromStepId: steps[from]!.id,
            toStepId: steps[to === from ? (to + 1) % steps.length : to]!.id,
            purpose: "Generated",
            timeliness: "SAME_DAY" as const,
            volumePerMonth: index % 400,
            mechanism: mechanisms[index % mechanisms.length]!,
            standard: index % 3 === 0 ? null : "FHIR UK Core",
            currentState: states[index % states.length]!,
            senderHoldsDigitally: index % 7 === 0 ? false : true,
            receiverCanTakeIn: index % 5 === 0 ? null : true,
          };
        });
  await inBatches(flows, (data) => prisma.informationFlow.createMany({ data }));
  const carried = flows.flatMap((flow, index) =>
    [0, 1].map((offset) => ({
      flowId: flow.id,
      dataCategoryId: categories[(index + offset * 7) % categories.length]!.id,
    })),
  );
  await inBatches(carried, (data) => prisma.flowDataCategory.createMany({ data }));
  return pathway.id;
}

export const SMALL_PATHWAY_STEPS = 6;
export const SMALL_PATHWAY_FLOWS = 10;

/**
 * `count` published-size pathways of a few steps each, over organisations taken in turn, with
 * flows between neighbouring steps: the many pathways a national coalition keeps.
 */
export async function insertSmallPathways(
  prisma: DbClient,
  count: number,
  organisationIds: string[],
  ownerId: string,
): Promise<string[]> {
  if (count === 0 || organisationIds.length === 0) return [];
  const categories = await prisma.dataCategory.findMany({ select: { id: true } });
  const pathways = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    name: `Generated pathway ${index + 1}`,
    population: "Generated",
    purpose: "Fills the pathways list at scale",
    ownerId,
    revision: 1,
  }));
  const steps = pathways.flatMap((pathway, p) =>
    Array.from({ length: SMALL_PATHWAY_STEPS }, (_, index) => ({
      id: randomUUID(),
      pathwayId: pathway.id,
      name: `Step ${index + 1}`,
      performerRole: `Role ${index}`,
      position: index + 1,
      organisationId: organisationIds[(p * SMALL_PATHWAY_STEPS + index) % organisationIds.length]!,
    })),
  );
  const flows = pathways.flatMap((pathway, p) =>
    Array.from({ length: SMALL_PATHWAY_FLOWS }, (_, index) => {
      const from = index % SMALL_PATHWAY_STEPS;
      const to = (from + 1 + Math.floor(index / SMALL_PATHWAY_STEPS)) % SMALL_PATHWAY_STEPS;
      return {
        id: randomUUID(),
        pathwayId: pathway.id,
        fromStepId: steps[p * SMALL_PATHWAY_STEPS + from]!.id,
        toStepId:
          steps[p * SMALL_PATHWAY_STEPS + (to === from ? (to + 1) % SMALL_PATHWAY_STEPS : to)]!.id,
        purpose: "Generated",
        timeliness: "SAME_DAY" as const,
        volumePerMonth: index * 10,
        mechanism: index % 2 === 0 ? ("API" as const) : ("SECURE_EMAIL" as const),
        standard: index % 3 === 0 ? null : "FHIR UK Core",
        currentState: index % 4 === 0 ? ("MANUAL" as const) : ("FULLY_DIGITAL" as const),
        senderHoldsDigitally: (p + index) % 11 !== 0,
        receiverCanTakeIn: index % 5 === 0 ? null : true,
      };
    }),
  );
  await inBatches(pathways, (data) => prisma.pathway.createMany({ data }));
  await inBatches(steps, (data) => prisma.pathwayStep.createMany({ data }), 5_000);
  await inBatches(flows, (data) => prisma.informationFlow.createMany({ data }), 5_000);
  const carried = flows.map((flow, index) => ({
    flowId: flow.id,
    dataCategoryId: categories[index % categories.length]!.id,
  }));
  await inBatches(carried, (data) => prisma.flowDataCategory.createMany({ data }), 5_000);
  await prisma.$executeRaw`ANALYZE "Pathway", "PathwayStep", "InformationFlow", "FlowDataCategory"`;
  return pathways.map((pathway) => pathway.id);
}

/** Maturity dimensions the generated framework spreads its questions over. */
const MATURITY_DIMENSIONS = 8;
/** Answers are many and small: larger batches keep the fill quick. */
const ANSWER_BATCH_SIZE = 5_000;

/**
 * A maturity framework of `questions` questions in eight dimensions, and `rounds` rounds, each
 * with an assessment of every organisation, answered and scored. Scores are worked out with the
 * one scoring function, in memory, and stored as submitting stores them. In the latest round one
 * organisation in ten has not finished; every third organisation shares its named results.
 */
export async function insertMaturity(
  prisma: DbClient,
  size: Pick<DatasetSize, "maturityQuestions" | "maturityRounds" | "assessedOrganisations">,
  allOrganisations: { id: string; type: OrganisationType }[],
  leadId: string,
): Promise<MaturityDataset | null> {
  const organisations = allOrganisations.slice(0, size.assessedOrganisations);
  if (size.maturityRounds === 0 || organisations.length === 0) return null;
  const framework = await prisma.maturityFramework.create({
    data: {
      name: "Benchmark framework",
      description: "Measures the maturity results pages",
      versions: { create: { number: 1 } },
    },
    select: { id: true, versions: { select: { id: true } } },
  });
  const versionId = framework.versions[0]!.id;
  const dimensions = Array.from({ length: MATURITY_DIMENSIONS }, (_, position) => ({
    id: randomUUID(),
    versionId,
    key: `dimension-${position + 1}`,
    name: `Dimension ${position + 1}`,
    position,
  }));
  await prisma.frameworkDimension.createMany({ data: dimensions });
  const questions = Array.from({ length: size.maturityQuestions }, (_, index) => ({
    id: randomUUID(),
    versionId,
    dimensionId: dimensions[index % MATURITY_DIMENSIONS]!.id,
    key: `question-${index + 1}`,
    text: `Generated question ${index + 1}?`,
    levels: [1, 2, 3, 4, 5].map((level) => `Level ${level}`),
    allowNotApplicable: index % 10 === 9,
    appliesTo: [] as OrganisationType[],
    position: Math.floor(index / MATURITY_DIMENSIONS),
  }));
  await prisma.frameworkQuestion.createMany({ data: questions });
  await prisma.organisation.updateMany({
    where: { id: { in: organisations.filter((_, index) => index % 3 === 0).map((o) => o.id) } },
    data: { shareMaturityResults: true },
  });

  const roundIds: string[] = [];
  let latestRoundAssessments = 0;
  for (let round = 0; round < size.maturityRounds; round += 1) {
    const latest = round === size.maturityRounds - 1;
    const { id: roundId } = await prisma.assessmentRound.create({
      data: {
        name: `Benchmark round ${round + 1}`,
        frameworkVersionId: versionId,
        invitedTypes: organisationTypes,
        opensOn: new Date(Date.UTC(2024 + round, 3, 1)),
        closesOn: new Date(Date.UTC(2024 + round, 5, 30)),
        createdById: leadId,
      },
      select: { id: true },
    });
    roundIds.push(roundId);
    const assessments = organisations.map((organisation, index) => {
      const status: AssessmentStatus =
        latest && index % 10 === 9
          ? index % 20 === 9
            ? "IN_PROGRESS"
            : "NOT_STARTED"
          : "SUBMITTED";
      return { id: randomUUID(), roundId, organisationId: organisation.id, status };
    });
    await inBatches(assessments, (data) => prisma.assessment.createMany({ data }));
    latestRoundAssessments = assessments.length;

    const answers: (GivenAnswer & { assessmentId: string })[] = [];
    const scores: { assessmentId: string; dimensionId: string; score: number | null }[] = [];
    for (const [index, assessment] of assessments.entries()) {
      if (assessment.status === "NOT_STARTED") continue;
      const given = questions.map((question, q): GivenAnswer => {
        const notApplicable = question.allowNotApplicable && (index + q) % 7 === 0;
        return {
          questionId: question.id,
          notApplicable,
          // A spread of levels, a little higher in each later round.
          level: notApplicable ? null : Math.min(5, 1 + ((index * 7 + q * 3) % 5) + (round % 2)),
        };
      });
      answers.push(...given.map((answer) => ({ ...answer, assessmentId: assessment.id })));
      if (assessment.status !== "SUBMITTED") continue;
      const scored = scoreAssessment({
        dimensions,
        questions,
        answers: given,
        organisationType: organisations[index]!.type,
      });
      scores.push(
        ...scored.dimensions.map((dimension) => ({
          assessmentId: assessment.id,
          dimensionId: dimension.dimensionId,
          score: dimension.score,
        })),
      );
    }
    await inBatches(
      answers,
      (data) => prisma.assessmentAnswer.createMany({ data }),
      ANSWER_BATCH_SIZE,
    );
    await inBatches(
      scores,
      (data) => prisma.assessmentScore.createMany({ data }),
      ANSWER_BATCH_SIZE,
    );
  }
  await prisma.$executeRaw`ANALYZE "Assessment", "AssessmentScore", "AssessmentAnswer"`;
  return {
    frameworkId: framework.id,
    roundIds,
    latestRoundAssessments,
    organisationId: organisations[0]!.id,
  };
}

const AGREEMENT_PREFIX = "BENCH-";
const agreementStatuses = [
  "ACTIVE",
  "ACTIVE",
  "ACTIVE",
  "AWAITING_SIGNATURES",
  "DRAFT",
  "REVIEW_DUE",
  "IN_REVIEW",
  "EXPIRED",
] as const;

/**
 * Agreements between two or three organisations each (the organisations the generated pathway's
 * lanes use take many of them, some covering by rule), with three kinds of data each, in every
 * status; every third published. Returns the reference and id of a published, active one.
 */
export async function insertAgreements(
  prisma: DbClient,
  count: number,
  organisationIds: string[],
): Promise<{ reference: string; id: string } | null> {
  if (count === 0 || organisationIds.length < 3) return null;
  const categories = await prisma.dataCategory.findMany({ select: { id: true } });
  const today = Date.UTC(2026, 11, 6);
  const day = (days: number) => new Date(today + days * 24 * 60 * 60 * 1000);
  const agreements = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    reference: `${AGREEMENT_PREFIX}${String(index + 1).padStart(6, "0")}`,
    title: `Generated agreement ${index + 1}`,
    type: "DATA_SHARING_AGREEMENT" as const,
    status: agreementStatuses[index % agreementStatuses.length]!,
    purposes: "Direct care of the people the coalition serves.",
    coversByRule: index % 4 === 0,
    published: index % 3 === 0,
    startDate: day(-300 + (index % 200)),
    reviewDate: day(-20 + (index % 400)),
    endDate: day(200 + (index % 600)),
  }));
  await inBatches(agreements, (data) => prisma.agreement.createMany({ data }));
  // A fifth of the agreements join the organisations in the pathway's lanes (the first 40).
  const laneCount = Math.min(40, organisationIds.length);
  const parties = agreements.flatMap((agreement, index) => {
    const pool = index % 5 === 0 ? laneCount : organisationIds.length;
    const first = index % pool;
    const ids = [first, (first + 1) % pool, ...(index % 2 === 0 ? [(first + 7) % pool] : [])];
    return [...new Set(ids)].map((at, position) => ({
      agreementId: agreement.id,
      organisationId: organisationIds[at]!,
      controllerRole: "CONTROLLER" as const,
      direction: "BOTH" as const,
      contactEmail: `ig${at}@bench.invalid`,
      position,
    }));
  });
  await inBatches(parties, (data) => prisma.agreementParty.createMany({ data }));
  const carried = agreements.flatMap((agreement, index) =>
    [0, 1, 2].map((offset) => ({
      agreementId: agreement.id,
      dataCategoryId: categories[(index + offset * 5) % categories.length]!.id,
    })),
  );
  await inBatches(carried, (data) =>
    prisma.agreementDataCategory.createMany({ data, skipDuplicates: true }),
  );
  const shown = agreements.find((a) => a.published && a.status === "ACTIVE");
  return shown ? { reference: shown.reference, id: shown.id } : null;
}

const LESSON_TITLE_PREFIX = "Benchmark lesson ";
/** Products the organisations run and the lessons are about; the first is the one measured. */
export const BENCH_PRODUCTS = [
  "SystmOne",
  "Meridian GP",
  "Tendly Care",
  "Northway EPR",
  "CareCase",
  "Carenote",
  "Dispense Plus",
  "CommunityOne",
];
const LESSON_WORDS = [
  "discharge summaries reached the practice the same day",
  "night staff could not sign in to the shared care record",
  "medication reconciliation backlog cleared after training champions",
  "care plans moved from paper with protected time for training",
  "crisis plans visible to ambulance crews out of hours",
];

/**
 * A system in use for every organisation (products in turn) and `count` lessons spread over the
 * organisations, each about one product and one maturity dimension, with their search vectors.
 */
export async function insertLessons(
  prisma: DbClient,
  count: number,
  organisations: { id: string; type: OrganisationType }[],
  authorId: string,
): Promise<void> {
  await inBatches(
    organisations.map((organisation, index) => ({
      organisationId: organisation.id,
      category: "OTHER" as const,
      supplier: `Supplier of ${BENCH_PRODUCTS[index % BENCH_PRODUCTS.length]!}`,
      product: BENCH_PRODUCTS[index % BENCH_PRODUCTS.length]!,
    })),
    (data) => prisma.systemInUse.createMany({ data }),
  );
  if (count === 0 || organisations.length === 0) return;
  const outcomes = ["WORKED", "PARTLY_WORKED", "DID_NOT_WORK"] as const;
  const lessons = Array.from({ length: count }, (_, index) => {
    const organisation = organisations[(index * 7) % organisations.length]!;
    const words = LESSON_WORDS[index % LESSON_WORDS.length]!;
    return {
      id: randomUUID(),
      title: `${LESSON_TITLE_PREFIX}${index + 1}: ${words}`,
      authorId,
      organisationId: organisation.id,
      organisationType: organisation.type,
      dimensionKey: `dimension-${(index % MATURITY_DIMENSIONS) + 1}`,
      whatWeTried: `We tried a new way of working. ${words}.`,
      whatHappened: `In the end ${words}, mostly.`,
      why: "People had time to learn the system before it went live.",
      recommendation: "Plan training and access before go-live.",
      outcome: outcomes[index % outcomes.length]!,
      audience: "organisations in the benchmark",
    };
  });
  await inBatches(lessons, (data) => prisma.lesson.createMany({ data }));
  await inBatches(
    lessons.map((lesson, index) => ({
      lessonId: lesson.id,
      category: "OTHER" as const,
      supplier: `Supplier of ${BENCH_PRODUCTS[index % BENCH_PRODUCTS.length]!}`,
      product: BENCH_PRODUCTS[index % BENCH_PRODUCTS.length]!,
    })),
    (data) => prisma.lessonSystem.createMany({ data }),
  );
  await inBatches(
    lessons.map((lesson) => lesson.id),
    (ids) => refreshLessonsSearch(prisma, ids),
  );
}

const GENERATED = "Generated for the benchmark";

/**
 * Interactions in two statements: the interactions, then each one's organisation by its number,
 * so the database builds every row itself.
 */
export async function insertInteractions(prisma: DbClient, count: number): Promise<void> {
  if (count === 0) return;
  await prisma.$executeRaw`
    INSERT INTO "Interaction" ("id", "kind", "occurredOn", "direction", "summary", "sentiment", "updatedAt")
    SELECT gen_random_uuid(), (enum_range(NULL::"InteractionKind"))[1 + g % 5],
      current_date - (g % 365), (enum_range(NULL::"InteractionDirection"))[1 + g % 3],
      ${GENERATED}, (enum_range(NULL::"Sentiment"))[1 + g % 3], now()
    FROM generate_series(0, ${count}::int - 1) AS g`;
  await prisma.$executeRaw`
    WITH orgs AS (
      SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM "Organisation"
    ), generated AS (
      SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n
        FROM "Interaction" WHERE "summary" = ${GENERATED}
    )
    INSERT INTO "InteractionOrganisation" ("interactionId", "organisationId")
    SELECT i.id, o.id FROM generated i
    JOIN orgs o ON o.n = i.n % (SELECT count(*) FROM orgs)`;
  await prisma.$executeRaw`ANALYZE "Interaction", "InteractionOrganisation"`;
}

/** Commitments in one statement, spread over the organisations, statuses and due dates. */
export async function insertCommitments(prisma: DbClient, count: number): Promise<void> {
  if (count === 0) return;
  await prisma.$executeRaw`
    WITH orgs AS (
      SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM "Organisation"
    )
    INSERT INTO "Commitment" ("id", "organisationId", "title", "dueOn", "status", "updatedAt")
    SELECT gen_random_uuid(), o.id, 'Benchmark commitment ' || g,
      current_date + (g % 240) - 120, (enum_range(NULL::"CommitmentStatus"))[1 + g % 5], now()
    FROM generate_series(0, ${count}::int - 1) AS g
    JOIN orgs o ON o.n = g % (SELECT count(*) FROM orgs)`;
  await prisma.$executeRaw`ANALYZE "Commitment"`;
}

/** Fills an empty database with a generated dataset of the given size. */
export async function fillDataset(prisma: DbClient, size: DatasetSize): Promise<Dataset> {
  const places = await insertPlaces(prisma, size.places);
  const organisations = await insertOrganisations(prisma, size.organisations, places);
  const unmetNeeds = size.organisations > 0 ? await insertDataNeeds(prisma, size.dataNeeds) : 0;
  const user = await prisma.user.create({
    data: {
      email: BENCH_EMAIL,
      name: "Benchmark Lead",
      role: "PROGRAMME_LEAD",
      passwordHash: await hashPassword(BENCH_PASSWORD),
    },
  });
  const pathwayId = await insertPathway(
    prisma,
    size,
    organisations.map((organisation) => organisation.id),
    user.id,
  );
  const smallPathwayIds = await insertSmallPathways(
    prisma,
    size.smallPathways,
    organisations.map((organisation) => organisation.id),
    user.id,
  );
  const maturity = await insertMaturity(prisma, size, organisations, user.id);
  const shownAgreement = await insertAgreements(
    prisma,
    size.agreements,
    organisations.map((organisation) => organisation.id),
  );
  const forum = await insertForums(
    prisma,
    size,
    organisations.map((organisation) => organisation.id),
  );
  await insertLessons(prisma, size.lessons, organisations, user.id);
  if (size.organisations > 0) {
    await insertInteractions(prisma, size.interactions);
    await insertCommitments(prisma, size.commitments);
  }
  return {
    forum,
    lessonProduct: BENCH_PRODUCTS[0]!,
    publicAgreement: shownAgreement?.reference ?? null,
    agreementId: shownAgreement?.id ?? null,
    size,
    pathwayId,
    smallPathwayIds,
    userId: user.id,
    placeIds: places.map((place) => place.id),
    organisationIds: organisations.map((organisation) => organisation.id),
    typeCount: new Set(organisations.map((organisation) => organisation.type)).size,
    unmetNeeds,
    maturity,
  };
}

/** Removes exactly the rows fillDataset inserted, children first. */
export async function removeDataset(prisma: DbClient, dataset: Dataset): Promise<void> {
  // Its steps hold on to their organisations, so the pathway goes first.
  await prisma.pathway.delete({ where: { id: dataset.pathwayId } });
  await inBatches(dataset.smallPathwayIds, (ids) =>
    prisma.pathway.deleteMany({ where: { id: { in: ids } } }),
  );
  // Rounds take their assessments, answers and scores with them; then the framework can go.
  if (dataset.maturity) {
    await prisma.assessmentRound.deleteMany({ where: { id: { in: dataset.maturity.roundIds } } });
    await prisma.maturityFramework.delete({ where: { id: dataset.maturity.frameworkId } });
  }
  await prisma.lesson.deleteMany({ where: { title: { startsWith: LESSON_TITLE_PREFIX } } });
  await prisma.user.delete({ where: { id: dataset.userId } });
  await removeForums(prisma);
  // Commitments and the interactions' links go with their organisations; the interactions not.
  await prisma.interaction.deleteMany({ where: { summary: GENERATED } });
  // Their parties hold on to the organisations.
  await prisma.agreement.deleteMany({ where: { reference: { startsWith: AGREEMENT_PREFIX } } });
  await inBatches(dataset.organisationIds, (ids) =>
    prisma.organisation.deleteMany({ where: { id: { in: ids } } }),
  );
  await inBatches(dataset.placeIds, (ids) =>
    prisma.place.deleteMany({ where: { id: { in: ids } } }),
  );
}

/** Whether the database holds any rows the generators would write to. */
export async function hasData(prisma: DbClient): Promise<boolean> {
  const [places, organisations] = await Promise.all([
    prisma.place.count(),
    prisma.organisation.count(),
  ]);
  return places > 0 || organisations > 0;
}

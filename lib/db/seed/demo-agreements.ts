import type { DbTransaction } from "@/lib/db/types";

import { agreementContentOf, contentHash } from "@/lib/agreements/canonical";
import type { AgreementStatus, AgreementType } from "@/lib/generated/prisma/enums";

// About a dozen data sharing agreements over the demo coalition, in every state, covering some of
// the demo pathways' flows and leaving others uncovered, so readiness shows all three verdicts.
// Frozen versions carry the real SHA-256 of their canonical content, as signing would give them.

const DAY_MS = 24 * 60 * 60 * 1000;
const ATTESTATION =
  "I confirm that I am authorised to sign this agreement for my organisation, and that I have read this version of it.";

/** Fictional signatories for organisations with no demo account. */
const signerNames = [
  "Dr Helen Achebe",
  "Mark Lindqvist",
  "Ruth Ferreira",
  "Tom Bakshi",
  "Grace Oduya",
  "Ian McAllister",
];

interface Scenario {
  title: string;
  type?: AgreementType;
  status: AgreementStatus;
  /** The parties, by ODS code. */
  parties: [string, string];
  /** Days from today: review and end dates. */
  review: number;
  end: number | null;
  /** List the demo flows between the parties, cover such flows by rule, or neither. */
  coverage: "listed" | "rule" | "none";
  /** Leave out one kind of data the flows carry. */
  missingCategory?: boolean;
  /** Also list flows from or to a lane of a type, which no named party can cover. */
  typeLanes?: boolean;
  /** How many parties have signed the current version (all, when omitted). */
  signed?: number;
  published?: boolean;
  reason?: string;
}

const scenarios: Scenario[] = [
  // Covered: active, complete, listing its flows, and on the public register.
  {
    title: "Discharge assessments to adult social care",
    status: "ACTIVE",
    parties: ["ZZR01", "ZZL01"],
    review: 200,
    end: 700,
    coverage: "listed",
    published: true,
  },
  // Covered, with its review due next month.
  {
    title: "Discharge medicines to general practice",
    status: "ACTIVE",
    parties: ["ZZR01", "Z90001"],
    review: 25,
    end: 500,
    coverage: "listed",
  },
  // At risk: one party still to sign.
  {
    title: "Discharge plans for community nursing",
    status: "AWAITING_SIGNATURES",
    parties: ["ZZR01", "ZZR03"],
    review: 365,
    end: 1000,
    coverage: "listed",
    signed: 1,
  },
  // At risk: active, covering by rule, but without one kind of data the flows carry.
  {
    title: "Mental health crisis care with the ambulance service",
    type: "INFORMATION_SHARING_PROTOCOL",
    status: "ACTIVE",
    parties: ["ZZR04", "ZZR05"],
    review: 150,
    end: 600,
    coverage: "rule",
    missingCategory: true,
  },
  // Not covered: the agreement expired.
  {
    title: "Crisis referrals to Age Well Elmshire",
    status: "EXPIRED",
    parties: ["ZZR04", "ZZV01"],
    review: -200,
    end: -20,
    coverage: "listed",
  },
  // At risk: a draft for end of life care, whose GP lane is any practice.
  {
    title: "End of life care plans with the hospice",
    status: "DRAFT",
    parties: ["ZZP01", "ZZR05"],
    review: 365,
    end: null,
    coverage: "listed",
    typeLanes: true,
  },
  // The demo accounts' own organisations: Larchwood Care Home and Moorside Surgery.
  {
    title: "Residents' GP records for care home staff",
    status: "AWAITING_SIGNATURES",
    parties: ["Z90001", "ZZC01"],
    review: 365,
    end: 1100,
    coverage: "none",
    signed: 1,
  },
  {
    title: "Hospital discharge letters to Larchwood Care Home",
    status: "ACTIVE",
    parties: ["ZZR01", "ZZC01"],
    review: 40,
    end: 400,
    coverage: "none",
    published: true,
  },
  {
    title: "Care home medication records for the practice",
    status: "IN_REVIEW",
    parties: ["ZZC01", "Z90001"],
    review: 365,
    end: null,
    coverage: "none",
  },
  {
    title: "Ambulance handover notes for the hospice",
    status: "REVIEW_DUE",
    parties: ["ZZR05", "ZZP01"],
    review: -10,
    end: 300,
    coverage: "none",
  },
  {
    title: "Out-of-hours summaries (2023 protocol)",
    status: "SUPERSEDED",
    parties: ["Z90001", "ZZR01"],
    review: -400,
    end: -30,
    coverage: "none",
    reason: "Replaced by the county's shared care record agreement.",
  },
  {
    title: "Pilot of remote monitoring data",
    type: "ONE_OFF_DISCLOSURE",
    status: "TERMINATED",
    parties: ["ZZC01", "ZZR03"],
    review: -100,
    end: 100,
    coverage: "none",
    reason: "The pilot ended early.",
  },
];

const versioned = (status: AgreementStatus) => status !== "DRAFT" && status !== "IN_REVIEW";

/** Adds the demo agreements in the seeding transaction, after the pathways. */
export async function seedDemoAgreements(
  tx: DbTransaction,
  leadId: string,
  organisationIdOf: (odsCode: string) => string,
): Promise<void> {
  const today = new Date(new Date().toISOString().slice(0, 10));
  const inDays = (days: number) => new Date(today.getTime() + days * DAY_MS);
  const flows = await tx.informationFlow.findMany({
    select: {
      id: true,
      fromStep: { select: { organisationId: true } },
      toStep: { select: { organisationId: true } },
      categories: { select: { dataCategoryId: true } },
    },
  });
  // The demo flows between two of the parties; with `typeLanes`, also those whose only named end
  // is a party (the other being a lane of a type).
  const flowsBetween = (organisations: readonly string[], typeLanes: boolean) =>
    flows.filter((flow) => {
      const ends = [flow.fromStep.organisationId, flow.toStep.organisationId];
      const named = ends.filter((id): id is string => id !== null);
      if (named.length === 0 || (!typeLanes && named.length < 2)) return false;
      return named.every((id) => organisations.includes(id));
    });

  const memberships = await tx.membership.findMany({
    where: { role: { in: ["ORG_ADMIN", "IG_LEAD"] } },
    select: { organisationId: true, user: { select: { id: true, name: true } } },
  });
  const signatoryOf = new Map(memberships.map((m) => [m.organisationId, m.user]));

  const planned = scenarios.map((scenario) => {
    const organisations = scenario.parties.map(organisationIdOf);
    const between =
      scenario.coverage === "none" ? [] : flowsBetween(organisations, scenario.typeLanes ?? false);
    return {
      scenario,
      organisations,
      flowIds: between.map((flow) => flow.id),
      categoryIds: [
        ...new Set(between.flatMap((flow) => flow.categories.map((c) => c.dataCategoryId))),
      ],
    };
  });
  const organisationNames = new Map(
    (
      await tx.organisation.findMany({
        where: { id: { in: planned.flatMap((plan) => plan.organisations) } },
        select: { id: true, name: true },
      })
    ).map((organisation) => [organisation.id, organisation.name]),
  );
  const fallbackCategories = (
    await tx.dataCategory.findMany({
      where: { name: { in: ["Person demographics", "Medications and medical devices", "Alerts"] } },
      select: { id: true },
    })
  ).map((category) => category.id);

  let number = 0;
  for (const { scenario, organisations, flowIds, categoryIds } of planned) {
    number += 1;
    const categories = categoryIds.length > 0 ? categoryIds : fallbackCategories;
    const kept = scenario.missingCategory ? categories.slice(0, -1) : categories;
    const agreement = await tx.agreement.create({
      data: {
        reference: `DSA-2026-${String(number).padStart(4, "0")}`,
        title: scenario.title,
        type: scenario.type ?? "DATA_SHARING_AGREEMENT",
        status: scenario.status,
        purposes: `Direct care: ${scenario.title.toLowerCase()}, so each service sees what it needs when it needs it.`,
        necessity: "Without the data, people repeat their story and care is delayed or unsafe.",
        benefits: "Safer, faster care; fewer phone calls and re-keyed records.",
        use: "DIRECT_CARE",
        dataSubjects: "People the pathway serves, and their carers.",
        specialCategoryData: true,
        confidentialityBasis: "IMPLIED_CONSENT_DIRECT_CARE",
        statutoryPowers:
          "Health and Social Care Act 2012, section 251B (duty to share for direct care).",
        retention:
          "Kept for as long as the receiving record is kept under the NHS Records Management Code of Practice.",
        security:
          "Sent only over the shared care record or NHSmail; role-based access; audit trails reviewed monthly.",
        dataQuality: "Each party checks NHS numbers against the Personal Demographics Service.",
        subjectRights:
          "Each party answers requests about its own records and tells the others within 5 working days.",
        breachProcedure:
          "Report to the other parties within 24 hours, and to the ICO within 72 hours where required.",
        dpiaNeeded: true,
        dpiaReference: `DPIA-${number}`,
        dpiaOutcome: "APPROVED",
        dpiaDate: inDays(-400),
        startDate: inDays(Math.min(-30, scenario.review - 365)),
        reviewDate: inDays(scenario.review),
        endDate: scenario.end === null ? null : inDays(scenario.end),
        terminationAndReturn:
          "On termination each party deletes or returns the data it received within 30 days.",
        coversByRule: scenario.coverage === "rule",
        published: scenario.published ?? false,
        statusReason: scenario.reason ?? null,
        createdById: leadId,
        parties: {
          create: organisations.map((organisationId, position) => {
            const signatory = signatoryOf.get(organisationId);
            const name = organisationNames.get(organisationId) ?? "the organisation";
            const slug = name
              .toLowerCase()
              .replace(/[^a-z]+/g, "-")
              .replace(/^-|-$/g, "");
            return {
              organisationId,
              position,
              controllerRole: "CONTROLLER",
              direction: position === 0 ? "PROVIDES" : "RECEIVES",
              contactName: `Information governance, ${name}`,
              contactEmail: `ig@${slug}.example`,
              dpoName: "Data Protection Officer",
              dpoEmail: `dpo@${slug}.example`,
              signatoryId: signatory?.id ?? null,
              article6Basis: "E_PUBLIC_TASK",
              article9Condition: "H_HEALTH_OR_SOCIAL_CARE",
              schedule1Condition: "Part 1, paragraph 2",
              privacyNoticeUpdated: true,
            } as const;
          }),
        },
        dataCategories: { create: kept.map((dataCategoryId) => ({ dataCategoryId })) },
        flows: {
          create: scenario.coverage === "listed" ? flowIds.map((flowId) => ({ flowId })) : [],
        },
      },
      include: { parties: { orderBy: { position: "asc" } } },
    });
    if (!versioned(scenario.status)) continue;

    const { parties, ...row } = agreement;
    const content = agreementContentOf(
      row,
      parties,
      kept,
      scenario.coverage === "listed" ? flowIds : [],
    );
    const hash = contentHash(content);
    const version = await tx.agreementVersion.create({
      data: {
        agreementId: agreement.id,
        number: 1,
        content: JSON.parse(JSON.stringify(content)) as object,
        contentHash: hash,
        changeSummary: "First version, sent for signature.",
        createdById: leadId,
        createdAt: inDays(Math.min(-30, scenario.review - 380)),
      },
    });
    const signers = parties.slice(0, scenario.signed ?? parties.length);
    await tx.agreementSignature.createMany({
      data: signers.map((party, index) => {
        const signatory = signatoryOf.get(party.organisationId);
        return {
          agreementId: agreement.id,
          versionId: version.id,
          partyId: party.id,
          organisationId: party.organisationId,
          signerId: signatory?.id ?? null,
          signerName:
            signatory?.name ?? (signerNames[(number + index) % signerNames.length] as string),
          signerRole: "Caldicott Guardian",
          decision: "SIGNED",
          attestation: ATTESTATION,
          contentHash: hash,
          ipAddress: "192.0.2.10",
          userAgent: "Demo data",
          signedAt: inDays(Math.min(-20, scenario.review - 370) + index),
        };
      }),
    });
  }
}

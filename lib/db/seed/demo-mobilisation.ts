import type { DbTransaction } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  CommitmentStatus,
  EngagementApproach,
  EngagementLevel,
  InteractionDirection,
  InteractionKind,
  Sentiment,
  StakeholderRating,
} from "@/lib/generated/prisma/enums";
import { readFrameworkContent } from "@/lib/maturity/framework-content";
import { appliesToType } from "@/lib/maturity/scores";

import { demoOrganisations } from "./demo-coalition";

// The coalition's relationships in the demo: engagement (current, desired, history), influence and
// interest, champions and sponsors, 80 interactions, 30 commitments in every status (some proved
// by assessments, agreements, pathways and flows), the charter in two versions endorsed by half
// the organisations, and an open assessment for two care homes, answered and ready to submit. Everything is derived from list positions, so every run seeds the same.

const DAY_MS = 24 * 60 * 60 * 1000;
const day = (offset: number, from: Date) =>
  new Date(
    Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()) + offset * DAY_MS,
  );

const scale: EngagementLevel[] = ["UNAWARE", "RESISTANT", "NEUTRAL", "SUPPORTIVE", "LEADING"];
const ratings: StakeholderRating[] = ["LOW", "MEDIUM", "HIGH"];
const approaches: EngagementApproach[] = ["INFORM", "CONSULT", "INVOLVE", "COLLABORATE", "EMPOWER"];
const kinds: InteractionKind[] = ["MEETING", "CALL", "EMAIL", "WORKSHOP", "SITE_VISIT"];
const directions: InteractionDirection[] = ["OUTBOUND", "INBOUND", "MUTUAL"];
const sentiments: Sentiment[] = ["POSITIVE", "NEUTRAL", "POSITIVE", "NEGATIVE", "NEUTRAL"];

const reasons = [
  "Introduced the programme at the place board",
  "Their clinical lead joined the discharge workshop",
  "Raised concerns about information governance workload",
  "Agreed to pilot the shared care record",
  "Now chairs the place's interoperability group",
];

const summaries = [
  "Walked through the discharge pathway and where information is lost today.",
  "Discussed the draft data sharing agreement and who signs for them.",
  "Reviewed their maturity results and the support on offer.",
  "Agreed dates for connecting to the shared care record.",
  "Talked through staffing pressures; asked to slow the timetable.",
  "Demonstrated the care home record to their managers.",
];

export const demoCharter = [
  {
    text: [
      "# The Elmshire coalition charter",
      "",
      "We work together so that the right information follows people between the services that care for them.",
      "",
      "- We share what we hold when it helps someone's care, under agreements we have all signed.",
      "- We keep our commitments, or say early when we cannot.",
      "- No one organisation is in charge: we decide together.",
    ].join("\n"),
    changeNote: "The first version, agreed at the launch event.",
  },
  {
    text: [
      "# The Elmshire coalition charter",
      "",
      "We work together so that the right information follows people between the services that care for them.",
      "",
      "- We share what we hold when it helps someone's care, under agreements we have all signed.",
      "- We keep our commitments, or say early when we cannot.",
      "- No one organisation is in charge: we decide together.",
      "- We measure our digital maturity every year and share what we learn.",
      "- People who use our services help shape what we build.",
    ].join("\n"),
    changeNote: "Added the yearly maturity assessment and involving people who use services.",
  },
];

/** The levels, ratings and approach of the demo organisation at `index`. */
export function demoEngagementProfile(current: EngagementLevel, index: number) {
  const position = scale.indexOf(current);
  return {
    engagementDesired: scale[Math.min(4, Math.max(3, position + 1 + (index % 2)))]!,
    influence: ratings[index % 3]!,
    interest: ratings[(index + 1) % 3]!,
    engagementApproach: approaches[(position + index) % approaches.length]!,
  };
}

export async function seedDemoMobilisation(
  tx: DbTransaction,
  leadId: string,
  idOf: (odsCode: string) => string,
  now = new Date(),
): Promise<void> {
  const organisations = await tx.organisation.findMany({
    where: { odsCode: { in: demoOrganisations.map((o) => o.odsCode) } },
    select: {
      id: true,
      odsCode: true,
      type: true,
      engagementCurrent: true,
      contacts: { select: { id: true }, orderBy: { name: "asc" } },
      memberships: { select: { userId: true, role: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const ordered = demoOrganisations.flatMap((demo, index) => {
    const organisation = organisations.find((o) => o.odsCode === demo.odsCode);
    return organisation ? [{ ...organisation, index }] : [];
  });

  // Engagement: where each stands, where it should be, and how it got there.
  for (const organisation of ordered) {
    const { index, engagementCurrent } = organisation;
    const admin = organisation.memberships.find((m) => m.role === "ORG_ADMIN");
    const contact = organisation.contacts[0];
    await tx.organisation.update({
      where: { id: organisation.id },
      data: {
        ...demoEngagementProfile(engagementCurrent, index),
        ...(admin
          ? { championUserId: admin.userId }
          : index % 3 === 0 && contact
            ? { championContactId: contact.id }
            : {}),
        ...(index % 4 === 0 && organisation.contacts[1]
          ? { sponsorContactId: organisation.contacts[1].id }
          : {}),
      },
    });
  }
  await tx.engagementChange.createMany({
    data: ordered.flatMap(({ id, index, engagementCurrent }) => {
      const target = scale.indexOf(engagementCurrent);
      // Up the scale a step at a time from unaware, a resistant organisation by way of neutral.
      const path =
        engagementCurrent === "RESISTANT"
          ? (["NEUTRAL", "RESISTANT"] as EngagementLevel[])
          : scale.slice(1, target + 1);
      let from: EngagementLevel = "UNAWARE";
      return path.map((to, step) => {
        const change = {
          organisationId: id,
          fromCurrent: from,
          toCurrent: to,
          fromDesired:
            step === 0 ? null : demoEngagementProfile(engagementCurrent, index).engagementDesired,
          toDesired: demoEngagementProfile(engagementCurrent, index).engagementDesired,
          reason: reasons[(index + step) % reasons.length]!,
          changedById: leadId,
          changedAt: day(-330 + step * 90 + (index % 20), now),
        };
        from = to;
        return change;
      });
    }),
  });

  // 80 interactions over the past year, with one or two organisations each.
  const organisationIds = ordered.map((o) => o.id);
  for (let n = 0; n < 80; n += 1) {
    const first = organisationIds[n % organisationIds.length]!;
    const second = organisationIds[(n * 7 + 3) % organisationIds.length]!;
    const involved = n % 3 === 0 && second !== first ? [first, second] : [first];
    await tx.interaction.create({
      data: {
        kind: kinds[n % kinds.length]!,
        occurredOn: day(-((n * 4) % 360) - 1, now),
        direction: directions[n % directions.length]!,
        summary: summaries[n % summaries.length]!,
        sentiment: sentiments[n % sentiments.length]!,
        followUp: n % 2 === 0 ? "Send the notes and the next steps." : null,
        createdById: leadId,
        organisations: { create: involved.map((organisationId) => ({ organisationId })) },
        people: { create: [{ userId: leadId }] },
      },
    });
  }

  // An open round's assessment for two care homes, answered and ready to submit: submitting it
  // closes the commitments linked to it.
  const round = await seedOpenRound(tx, leadId, [idOf("ZZC03"), idOf("ZZC06")], now);

  // 30 commitments in every status; some proved by an assessment, an agreement, a pathway or a flow.
  const [assessments, agreements, pathways, flows] = await Promise.all([
    tx.assessment.findMany({
      where: { status: { in: ["SUBMITTED", "VALIDATED"] } },
      orderBy: [{ round: { opensOn: "desc" } }, { id: "asc" }],
      select: { id: true, organisationId: true },
      take: 6,
    }),
    tx.agreement.findMany({
      orderBy: { reference: "asc" },
      select: { id: true, status: true, parties: { select: { organisationId: true }, take: 1 } },
      take: 6,
    }),
    tx.pathway.findMany({
      orderBy: { name: "asc" },
      select: { id: true, status: true, steps: { select: { organisationId: true } } },
      take: 3,
    }),
    tx.informationFlow.findMany({
      orderBy: { purpose: "asc" },
      select: { id: true, currentState: true, fromStep: { select: { organisationId: true } } },
      take: 6,
    }),
  ]);
  const ownerOf = (organisationId: string) =>
    organisations.find((o) => o.id === organisationId)?.memberships[0]?.userId ?? null;
  const statuses: CommitmentStatus[] = ["OPEN", "IN_PROGRESS", "DONE", "AT_RISK", "DROPPED"];
  const titles = [
    "Sign the discharge data sharing agreement",
    "Complete the maturity round",
    "Connect to the shared care record",
    "Name a clinical safety officer",
    "Send staff to the records training",
    "Publish the care home pathway",
  ];
  const rows: Prisma.CommitmentCreateManyInput[] = [];
  for (let n = 0; n < 30; n += 1) {
    const status = statuses[n % statuses.length]!;
    // Overdue ones are at risk; done and dropped ones are in the past; the rest are to come.
    const dueOn =
      status === "AT_RISK"
        ? day(-5 - n, now)
        : status === "DONE" || status === "DROPPED"
          ? day(-20 - n, now)
          : day(3 + n * 4, now);
    let organisationId = organisationIds[(n * 5) % organisationIds.length]!;
    let link = {};
    if (status === "DONE" && assessments[n % assessments.length]) {
      const assessment = assessments[n % assessments.length]!;
      organisationId = assessment.organisationId;
      link = { assessmentId: assessment.id };
    } else if (status === "DONE" || n % 7 === 1) {
      const agreement = agreements.find(
        (a) => (status === "DONE") === (a.status === "ACTIVE") && a.parties[0],
      );
      if (agreement?.parties[0]) {
        organisationId = agreement.parties[0].organisationId;
        link = { agreementId: agreement.id };
      }
    } else if (n % 7 === 3) {
      const flow = flows.find(
        (f) => f.currentState !== "FULLY_DIGITAL" && f.fromStep.organisationId,
      );
      if (flow?.fromStep.organisationId) {
        organisationId = flow.fromStep.organisationId;
        link = { flowId: flow.id };
      }
    } else if (n % 7 === 5) {
      const pathway = pathways.find(
        (p) => p.status !== "PUBLISHED" && p.steps.some((s) => s.organisationId),
      );
      const step = pathway?.steps.find((s) => s.organisationId);
      if (pathway && step?.organisationId) {
        organisationId = step.organisationId;
        link = { pathwayId: pathway.id };
      }
    }
    rows.push({
      organisationId,
      title: titles[n % titles.length]!,
      description: n % 3 === 0 ? "Agreed at the place board." : null,
      ownerId: ownerOf(organisationId),
      dueOn,
      status,
      completedAt: status === "DONE" ? day(-25 - n, now) : null,
      createdById: leadId,
      ...link,
    });
  }
  // Kingfisher Court promised to complete the open round: it closes once its admin submits.
  rows.push({
    organisationId: idOf("ZZC03"),
    title: "Complete the 2026 Q4 maturity check",
    description: "Agreed at the care homes' network meeting.",
    ownerId: ownerOf(idOf("ZZC03")),
    dueOn: day(21, now),
    status: "OPEN",
    completedAt: null,
    createdById: leadId,
    assessmentId: round.get(idOf("ZZC03")) ?? null,
  });
  await tx.commitment.createMany({ data: rows });

  // The charter, in two versions; half the organisations endorse the current one.
  const versions: { id: string }[] = [];
  for (const [position, version] of demoCharter.entries()) {
    versions.push(
      await tx.charterVersion.create({
        data: {
          number: position + 1,
          ...version,
          createdById: leadId,
          createdAt: day(position === 0 ? -300 : -60, now),
        },
        select: { id: true },
      }),
    );
  }
  await tx.charterEndorsement.createMany({
    data: ordered.flatMap(({ id, index, memberships, odsCode }) => {
      // Larchwood and Moorside are left to endorse in the demo.
      if (odsCode === "ZZC01" || odsCode === "Z90001") return [];
      const by = memberships.find((m) => m.role === "ORG_ADMIN")?.userId ?? null;
      const endorsements = [];
      if (index % 3 !== 2) {
        endorsements.push({
          charterVersionId: versions[0]!.id,
          organisationId: id,
          endorsedById: by,
          endorsedAt: day(-280 + index, now),
        });
      }
      if (index % 2 === 0) {
        endorsements.push({
          charterVersionId: versions[1]!.id,
          organisationId: id,
          endorsedById: by,
          endorsedAt: day(-50 + index, now),
        });
      }
      return endorsements;
    }),
  });
}

/**
 * A small open round for the given organisations, every question answered and the assessment in
 * progress. Returns each organisation's assessment id.
 */
async function seedOpenRound(
  tx: DbTransaction,
  leadId: string,
  organisationIds: string[],
  now: Date,
): Promise<Map<string, string>> {
  const version = await tx.frameworkVersion.findFirst({
    orderBy: [{ framework: { createdAt: "asc" } }, { number: "desc" }],
    select: { id: true },
  });
  if (!version) return new Map();
  const content = await readFrameworkContent(tx, version.id);
  if (!content) return new Map();
  const round = await tx.assessmentRound.create({
    data: {
      name: "2026 Q4 care homes and practices",
      frameworkVersionId: version.id,
      invitedTypes: [],
      opensOn: day(-14, now),
      closesOn: day(60, now),
      createdById: leadId,
    },
    select: { id: true },
  });
  const organisations = await tx.organisation.findMany({
    where: { id: { in: organisationIds } },
    select: { id: true, type: true },
  });
  const ids = new Map<string, string>();
  for (const organisation of organisations) {
    const assessment = await tx.assessment.create({
      data: { roundId: round.id, organisationId: organisation.id, status: "IN_PROGRESS" },
      select: { id: true },
    });
    ids.set(organisation.id, assessment.id);
    await tx.assessmentAnswer.createMany({
      data: content.questions
        .filter((question) => appliesToType(question, organisation.type))
        .map((question, position) => ({
          assessmentId: assessment.id,
          questionId: question.id,
          level: 2 + (position % 3),
        })),
    });
  }
  return ids;
}

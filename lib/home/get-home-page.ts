import "server-only";

import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { listRounds } from "@/lib/maturity/rounds/list-rounds";
import { listPathways } from "@/lib/pathways/list-pathways";

import {
  HOME_LIST_SIZE,
  readAssessmentsToAnswer,
  readInvitations,
  readMyOrganisations,
  readNeedsToReview,
  readSectionsGivenToMe,
} from "./organisation-waiting";
import type { HomePage, HomeSection } from "./types";

/**
 * A signed-in person's home page: what is waiting for them in the organisations they act for
 * (assessments to answer or returned, sections given to them, data needs to review, invitations),
 * and for programme leads the coalition's open rounds with their completion and the pathways with
 * blocked flows. Every read starts from the actor; a handful of queries, whatever the numbers.
 */
export async function getHomePage(actor: Actor): Promise<HomePage> {
  const prisma = await getPrisma();
  const organisations = await readMyOrganisations(prisma, actor);
  const lead = isProgrammeLead(actor);
  const [assessments, sections, needs, invitations, rounds, pathways] = await Promise.all([
    readAssessmentsToAnswer(prisma, organisations),
    readSectionsGivenToMe(prisma, actor, organisations),
    readNeedsToReview(prisma, organisations),
    readInvitations(prisma, actor, organisations),
    lead ? listRounds(actor, "open", 1) : null,
    lead ? listPathways(actor) : null,
  ]);

  const sectionsShown: HomeSection[] = [];
  if (assessments.length > 0) sectionsShown.push({ kind: "assessments", items: assessments });
  if (sections.length > 0) sectionsShown.push({ kind: "sections", items: sections });
  if (needs.length > 0) sectionsShown.push({ kind: "dataNeeds", items: needs });
  if (invitations.toAccept.length > 0 || invitations.awaiting.length > 0) {
    sectionsShown.push({ kind: "invitations", ...invitations });
  }
  if (rounds) {
    sectionsShown.push({
      kind: "openRounds",
      items: rounds.rounds.slice(0, HOME_LIST_SIZE),
      total: rounds.total,
    });
  }
  if (pathways) {
    sectionsShown.push({
      kind: "blockedPathways",
      items: pathways.items
        .filter((pathway) => pathway.readiness.counts.BLOCKED > 0)
        .slice(0, HOME_LIST_SIZE)
        .map(({ id, name, status, readiness }) => ({ id, name, status, readiness })),
    });
  }
  return { name: actor.name, sections: sectionsShown };
}

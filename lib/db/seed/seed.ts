import type { DbClient } from "@/lib/db/types";
import { hashPassword } from "@/lib/auth/password";

import { demoAccounts, DEMO_PASSWORD } from "./demo-accounts";
import { seedDemoAgreements } from "./demo-agreements";
import { seedDemoSnapshots } from "./demo-snapshots";
import { seedDemoFrameworks, seedDemoRounds } from "./seed-maturity";
import { seedDemoPathways } from "./seed-pathways";
import { seedAgreementTemplates } from "./demo-agreement-templates";
import {
  demoContactsFor,
  demoEngagementFor,
  demoOrganisations,
  demoPlaces,
  demoSystemsFor,
} from "./demo-coalition";
import { demoDataNeedsFor } from "./demo-data-needs";
import { seedDemoForumModeration } from "./demo-forum-moderation";
import { seedDemoForums } from "./demo-forums";
import { seedDemoLessons } from "./demo-lessons";
import { seedDemoMobilisation } from "./demo-mobilisation";
import { demoNotifications } from "./demo-notifications";

// Held for the length of the seeding transaction, so that two servers starting together on one
// PostgreSQL database cannot both seed it.
const SEED_LOCK_KEY = 2_026_112_201;

export type SeedOutcome = "seeded" | "skipped: database has data";

/** Fills an empty database with the demo coalition. Never touches a database that has data. */
export async function seedDemoData(prisma: DbClient): Promise<SeedOutcome> {
  // Hashing is slow on purpose; do it before the transaction opens.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      const [places, organisations, users] = await Promise.all([
        tx.place.count(),
        tx.organisation.count(),
        tx.user.count(),
      ]);
      if (places > 0 || organisations > 0 || users > 0) return "skipped: database has data";

      await tx.place.createMany({ data: demoPlaces.map((name) => ({ name })) });
      const placeIds = new Map(
        (await tx.place.findMany({ select: { id: true, name: true } })).map((p) => [p.name, p.id]),
      );
      await tx.organisation.createMany({
        data: demoOrganisations.map(({ place, ...organisation }, index) => {
          const placeId = placeIds.get(place);
          if (!placeId)
            throw new Error(`Demo organisation ${organisation.name} names no known place`);
          return { ...organisation, placeId, engagementCurrent: demoEngagementFor(index) };
        }),
      });
      const organisationIds = new Map(
        (await tx.organisation.findMany({ select: { id: true, odsCode: true } })).map((o) => [
          o.odsCode,
          o.id,
        ]),
      );
      const idOf = (odsCode: string) => {
        const id = organisationIds.get(odsCode);
        if (!id) throw new Error(`No demo organisation has ODS code ${odsCode}`);
        return id;
      };
      await tx.systemInUse.createMany({
        data: demoOrganisations.flatMap((organisation, index) =>
          demoSystemsFor(organisation, index).map((system) => ({
            ...system,
            organisationId: idOf(organisation.odsCode),
          })),
        ),
      });
      await tx.keyContact.createMany({
        data: demoOrganisations.flatMap((organisation, index) =>
          demoContactsFor(organisation, index).map((contact) => ({
            ...contact,
            organisationId: idOf(organisation.odsCode),
          })),
        ),
      });
      const categoryIds = new Map(
        (await tx.dataCategory.findMany({ select: { id: true, name: true } })).map((c) => [
          c.name,
          c.id,
        ]),
      );
      await tx.dataNeed.createMany({
        data: demoOrganisations.flatMap((organisation, index) =>
          demoDataNeedsFor(organisation, index).map(({ category, source, ...need }) => {
            const dataCategoryId = categoryIds.get(category);
            if (!dataCategoryId) throw new Error(`No data category is named ${category}`);
            return {
              ...need,
              organisationId: idOf(organisation.odsCode),
              dataCategoryId,
              sourceOrganisationId: "odsCode" in source ? idOf(source.odsCode) : null,
              sourceOrganisationType: "type" in source ? source.type : null,
            };
          }),
        ),
      });
      let leadId: string | undefined;
      const userIds: string[] = [];
      // The demo people have been in the coalition for months: none of them is a new account that
      // the forums would hold for review.
      const joined = new Date(Date.now() - 120 * 24 * 60 * 60 * 1000);
      for (const { membership, describes, ...account } of demoAccounts) {
        const organisationId = membership && idOf(membership.odsCode);
        const user = await tx.user.create({
          data: {
            ...account,
            passwordHash,
            createdAt: joined,
            ...(organisationId
              ? { memberships: { create: { organisationId, role: membership.role } } }
              : {}),
          },
          select: { id: true, role: true },
        });
        if (user.role === "PROGRAMME_LEAD") leadId ??= user.id;
        userIds.push(user.id);
      }
      await tx.notification.createMany({
        data: userIds.flatMap((userId) =>
          demoNotifications.map((notification) => ({ ...notification, userId })),
        ),
      });
      if (!leadId) throw new Error("The demo accounts include no programme lead");
      await seedDemoPathways(tx, leadId, idOf);
      await seedDemoAgreements(tx, leadId, idOf);
      await seedDemoRounds(tx, leadId, await seedDemoFrameworks(tx));
      await seedAgreementTemplates(tx);
      await seedDemoForums(tx);
      await seedDemoLessons(tx);
      await seedDemoMobilisation(tx, leadId, idOf);
      await seedDemoSnapshots(tx);
      // After the forum's own demo conversations: flags, a post waiting for review, watch levels.
      await seedDemoForumModeration(tx);
      return "seeded";
    },
    // The whole demo coalition is written in one transaction, which takes seconds on a busy
    // machine: Prisma's default of 5 seconds would end it half way.
    { timeout: 120_000, maxWait: 30_000 },
  );
}

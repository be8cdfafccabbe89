import type { PrismaClient } from "@/lib/generated/prisma/client";

import { demoOrganisations, demoPlaces } from "./demo-coalition";

// Held for the length of the seeding transaction, so that two servers starting together on one
// PostgreSQL database cannot both seed it.
const SEED_LOCK_KEY = 2_026_112_201;

export type SeedOutcome = "seeded" | "skipped: database has data";

/** Fills an empty database with the demo coalition. Never touches a database that has data. */
export async function seedDemoData(prisma: PrismaClient): Promise<SeedOutcome> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
    const [places, organisations] = await Promise.all([tx.place.count(), tx.organisation.count()]);
    if (places > 0 || organisations > 0) return "skipped: database has data";

    await tx.place.createMany({ data: demoPlaces.map((name) => ({ name })) });
    const placeIds = new Map(
      (await tx.place.findMany({ select: { id: true, name: true } })).map((p) => [p.name, p.id]),
    );
    await tx.organisation.createMany({
      data: demoOrganisations.map(({ place, ...organisation }) => {
        const placeId = placeIds.get(place);
        if (!placeId)
          throw new Error(`Demo organisation ${organisation.name} names no known place`);
        return { ...organisation, placeId };
      }),
    });
    return "seeded";
  });
}

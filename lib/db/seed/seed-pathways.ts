import type { DbTransaction } from "@/lib/db/types";
import { randomUUID } from "node:crypto";

import type { Prisma } from "@/lib/generated/prisma/client";
import { readDraftContent } from "@/lib/pathways/content";

import { demoPathways } from "./demo-pathways";

/** Adds the demo pathways, publishing those meant to be published, in the seeding transaction. */
export async function seedDemoPathways(
  tx: DbTransaction,
  ownerId: string,
  organisationIdOf: (odsCode: string) => string,
): Promise<void> {
  const categories = new Map(
    (await tx.dataCategory.findMany({ select: { id: true, name: true } })).map((category) => [
      category.name,
      category.id,
    ]),
  );
  const categoryId = (name: string) => {
    const id = categories.get(name);
    if (!id) throw new Error(`Demo flows name an unknown data category: ${name}`);
    return id;
  };

  for (const demo of demoPathways) {
    const pathway = await tx.pathway.create({
      data: {
        name: demo.name,
        population: demo.population,
        purpose: demo.purpose,
        ownerId,
        revision: 1,
      },
      select: { id: true, name: true, population: true, purpose: true },
    });
    const stepIds = new Map(demo.steps.map((step) => [step.key, randomUUID()]));
    const stepId = (key: string) => {
      const id = stepIds.get(key);
      if (!id) throw new Error(`Demo flow names an unknown step: ${key}`);
      return id;
    };
    await tx.pathwayStep.createMany({
      data: demo.steps.map(({ key, lane, ...step }, index) => ({
        ...step,
        id: stepId(key),
        pathwayId: pathway.id,
        position: index + 1,
        ...("odsCode" in lane
          ? { organisationId: organisationIdOf(lane.odsCode) }
          : { organisationType: lane.type }),
      })),
    });
    const flows = demo.flows.map(({ from, to, data, ...flow }) => ({
      ...flow,
      id: randomUUID(),
      pathwayId: pathway.id,
      fromStepId: stepId(from),
      toStepId: stepId(to),
      categoryIds: data.map(categoryId),
    }));
    await tx.informationFlow.createMany({
      data: flows.map(({ categoryIds: _categories, ...flow }) => flow),
    });
    await tx.flowDataCategory.createMany({
      data: flows.flatMap((flow) =>
        flow.categoryIds.map((dataCategoryId) => ({ flowId: flow.id, dataCategoryId })),
      ),
    });
    await tx.pathwayChange.create({
      data: {
        pathwayId: pathway.id,
        revision: 1,
        actorId: ownerId,
        summary: "Started the pathway",
      },
    });
    if (!demo.publish) continue;
    const content = await readDraftContent(tx, pathway);
    await tx.pathwayVersion.create({
      data: {
        pathwayId: pathway.id,
        number: 1,
        revision: 1,
        snapshot: JSON.parse(JSON.stringify(content)) as Prisma.InputJsonObject,
        publishedById: ownerId,
      },
    });
    await tx.pathway.update({
      where: { id: pathway.id },
      data: { status: "PUBLISHED", publishedRevision: 1 },
    });
    await tx.pathwayChange.create({
      data: {
        pathwayId: pathway.id,
        revision: 1,
        actorId: ownerId,
        summary: "Published version 1",
      },
    });
  }
}

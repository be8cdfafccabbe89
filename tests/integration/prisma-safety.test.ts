import { describe, expect, it } from "vitest";

import { getPrisma } from "@/lib/db/client";

import { createOrganisation, createUser } from "../support/factories";

// An undefined in a where-clause used to mean "no filter": a missing id would have matched every
// row. With strictUndefinedChecks it is an error, and the query never runs.
describe("the Prisma client's safety nets", () => {
  it("refuses an undefined value in a where-clause instead of dropping the filter", async () => {
    const prisma = await getPrisma();
    await createOrganisation(prisma);
    const missingId = [undefined][0];
    await expect(prisma.organisation.findMany({ where: { id: missingId } })).rejects.toThrow(
      /undefined/i,
    );
    await expect(prisma.organisation.deleteMany({ where: { placeId: missingId } })).rejects.toThrow(
      /undefined/i,
    );
    expect(await prisma.organisation.count()).toBeGreaterThan(0);
  });

  it("leaves password and token hashes out of every answer unless a query asks for them", async () => {
    const prisma = await getPrisma();
    const { id } = await createUser(prisma, { password: "a long enough password" });
    const plain = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(plain).not.toHaveProperty("passwordHash");
    const listed = await prisma.user.findMany({ where: { id }, include: { memberships: true } });
    expect(listed[0]).not.toHaveProperty("passwordHash");
    const asked = await prisma.user.findUniqueOrThrow({
      where: { id },
      omit: { passwordHash: false },
    });
    expect(asked.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

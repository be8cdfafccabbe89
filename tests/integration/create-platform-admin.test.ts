import { describe, expect, it } from "vitest";
import { ZodError } from "zod";

import { authenticate } from "@/lib/auth/authenticate";
import { getPrisma } from "@/lib/db/client";
import { createPlatformAdmin } from "@/lib/users/create-platform-admin";

describe("creating the first platform admin", () => {
  it("creates an admin who can sign in, and audits it", async () => {
    const user = await createPlatformAdmin({
      email: "First.Admin@Example.org",
      name: "First Admin",
      password: "a long admin passphrase",
    });

    expect(user.email).toBe("first.admin@example.org");
    const prisma = await getPrisma();
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      role: "PLATFORM_ADMIN",
    });
    expect(
      await authenticate(
        { email: user.email, password: "a long admin passphrase" },
        { ipAddress: "192.0.2.9" },
      ),
    ).not.toBeNull();
    expect(
      await prisma.auditEvent.count({ where: { action: "user.created", entityId: user.id } }),
    ).toBe(1);
  });

  it("refuses common or short passwords and an email already in use, creating nothing", async () => {
    const prisma = await getPrisma();
    const before = await prisma.user.count();

    await expect(
      createPlatformAdmin({ email: "x@example.org", name: "X", password: "password1" }),
    ).rejects.toThrow(/very common/);
    await expect(
      createPlatformAdmin({ email: "x@example.org", name: "X", password: "short" }),
    ).rejects.toBeInstanceOf(ZodError);
    await createPlatformAdmin({
      email: "taken@example.org",
      name: "Taken",
      password: "another long passphrase",
    });
    await expect(
      createPlatformAdmin({
        email: "TAKEN@example.org",
        name: "Again",
        password: "another long passphrase",
      }),
    ).rejects.toThrow(/exists already/);

    expect(await prisma.user.count()).toBe(before + 1);
  });
});

import "server-only";

import { z } from "zod";

import { requiredText } from "@/lib/validation/text";

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword, isCommonPassword } from "@/lib/auth/password";
import { emailSchema, newPasswordSchema } from "@/lib/auth/schemas";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const platformAdminSchema = z.object({
  email: emailSchema,
  name: requiredText(200, "Enter a name", "Name must be 200 characters or fewer"),
  password: newPasswordSchema.refine((password) => !isCommonPassword(password), {
    message: "Choose a password that is harder to guess: this one is very common",
  }),
});

/**
 * Creates a platform admin. There is no default admin account: the first one is made with
 * `npm run admin:create` on the server, which calls this.
 */
export async function createPlatformAdmin(input: unknown): Promise<{ id: string; email: string }> {
  const { email, name, password } = platformAdminSchema.parse(input);
  const prisma = await getPrisma();
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `An account for ${email} exists already.`);
    }
    const user = await tx.user.create({
      data: { email, name, passwordHash, role: "PLATFORM_ADMIN" },
      select: { id: true, email: true },
    });
    await recordAuditEvent(
      tx,
      { actorEmail: "command line" },
      {
        action: "user.created",
        entityType: "User",
        entityId: user.id,
        after: { email, name, role: "PLATFORM_ADMIN" },
      },
    );
    return user;
  });
}

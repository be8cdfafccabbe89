import "server-only";

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { verifyAgainstDecoy, verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import { clearFailedSignIns, countFailedSignIn, isSignInThrottled } from "./sign-in-throttle";

export interface SignInRequest {
  /** The client's address (lib/http/client-address); undefined when the server does not know it. */
  ipAddress: string | undefined;
  requestId?: string;
}

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

/**
 * Checks an email and password. Returns the user, or null for any wrong or unusable
 * credentials (one answer for all, so it does not tell which accounts exist). Every attempt is
 * audited; too many failures get AppError RATE_LIMITED.
 */
export async function authenticate(
  credentials: unknown,
  request: SignInRequest,
): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const prisma = await getPrisma();
  const audit = (action: string, actorId?: string) =>
    recordAuditEvent(
      prisma,
      { actorId, actorEmail: email, requestId: request.requestId, ipAddress: request.ipAddress },
      { action, entityType: "User", entityId: actorId },
    );

  if (await isSignInThrottled(email, request.ipAddress)) {
    await audit("auth.sign_in_throttled");
    throw new AppError(
      "RATE_LIMITED",
      "Too many failed attempts to sign in. Wait 15 minutes, then try again.",
    );
  }

  const user = await prisma.user.findUnique({
    where: { email },
    omit: { passwordHash: false },
  });
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDecoy(password);

  if (!user || !passwordMatches || user.disabledAt) {
    await countFailedSignIn(email, request.ipAddress);
    await audit(
      user?.disabledAt && passwordMatches ? "auth.sign_in_disabled" : "auth.sign_in_failed",
      user?.id,
    );
    return null;
  }

  await clearFailedSignIns(email);
  await audit("auth.sign_in", user.id);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

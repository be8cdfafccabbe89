import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { createOrganisation, createPlace, createUser, MONTHS_AGO } from "../../support/factories";

/** The six people every server action and route handler is tried as. */
export const ROLES = [
  "anonymous",
  "memberOfA",
  "adminOfA",
  "adminOfB",
  "lead",
  "platformAdmin",
] as const;
export type Role = (typeof ROLES)[number];

/**
 * What an attempt came to: the work was done; it was refused (403 or 404, or a refusal
 * returned to the form); or the person was sent to sign in.
 */
export type Outcome = "allowed" | "denied" | "sign-in";

export type Expectation = Record<Role, Outcome>;

/** Two organisations, A and B, with an admin and a member of A and an admin of B. */
export interface World {
  placeId: string;
  organisationA: { id: string; name: string };
  organisationB: { id: string; name: string };
  actors: Record<Exclude<Role, "anonymous">, Actor>;
}

function toActor(user: Awaited<ReturnType<typeof createUser>>): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    memberships: user.memberships,
  };
}

/** A fresh world for one attempt, so an allowed change never affects the next attempt. */
export async function createWorld(): Promise<World> {
  const prisma = await getPrisma();
  const place = await createPlace(prisma);
  const organisationA = await createOrganisation(prisma, { placeId: place.id });
  const organisationB = await createOrganisation(prisma, { placeId: place.id });
  const [memberOfA, adminOfA, adminOfB, lead, platformAdmin] = await Promise.all([
    // Established accounts: the forums hold a new account's first posts for review.
    createUser(prisma, {
      memberships: [{ organisationId: organisationA.id, role: "MEMBER" }],
      createdAt: MONTHS_AGO,
    }),
    createUser(prisma, {
      memberships: [{ organisationId: organisationA.id, role: "ORG_ADMIN" }],
      createdAt: MONTHS_AGO,
    }),
    createUser(prisma, {
      memberships: [{ organisationId: organisationB.id, role: "ORG_ADMIN" }],
      createdAt: MONTHS_AGO,
    }),
    createUser(prisma, { role: "PROGRAMME_LEAD", createdAt: MONTHS_AGO }),
    createUser(prisma, { role: "PLATFORM_ADMIN", createdAt: MONTHS_AGO }),
  ]);
  return {
    placeId: place.id,
    organisationA,
    organisationB,
    actors: {
      memberOfA: toActor(memberOfA),
      adminOfA: toActor(adminOfA),
      adminOfB: toActor(adminOfB),
      lead: toActor(lead),
      platformAdmin: toActor(platformAdmin),
    },
  };
}

/** Shorthands for the common expectations. */
export const expect6 = (
  anonymous: Outcome,
  memberOfA: Outcome,
  adminOfA: Outcome,
  adminOfB: Outcome,
  lead: Outcome,
  platformAdmin: Outcome,
): Expectation => ({ anonymous, memberOfA, adminOfA, adminOfB, lead, platformAdmin });

/** Reads what a server action or route handler came to, from its result or what it threw. */
export async function outcomeOf(attempt: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await attempt();
    if (result instanceof Response) {
      if (result.status === 401) return "sign-in";
      if (result.status === 403 || result.status === 404) return "denied";
      if (result.status >= 200 && result.status < 400) return "allowed";
      throw new Error(`Unexpected status ${result.status}`);
    }
    if (typeof result === "object" && result !== null && "ok" in result) {
      const actionResult = result as {
        ok: boolean;
        code?: string;
        message?: string;
        fieldErrors?: Record<string, string[]>;
      };
      if (actionResult.ok) return "allowed";
      if (actionResult.code === "UNAUTHENTICATED") return "sign-in";
      // A conflict is a refusal of the record's state (an agreement in force, a stale version).
      if (
        actionResult.code === "FORBIDDEN" ||
        actionResult.code === "NOT_FOUND" ||
        actionResult.code === "CONFLICT"
      ) {
        return "denied";
      }
      throw new Error(
        `Unexpected refusal ${actionResult.code}: ${actionResult.message} ${JSON.stringify(actionResult.fieldErrors ?? {})}`,
      );
    }
    return "allowed";
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest !== "string") throw error;
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;403" || digest === "NEXT_HTTP_ERROR_FALLBACK;404") {
      return "denied";
    }
    // NEXT_REDIRECT;<type>;<url>;<status>;
    const [kind, , url] = digest.split(";");
    // Sent to sign in because there is no session, not on to sign in after a change of password.
    if (kind === "NEXT_REDIRECT")
      return url?.startsWith("/sign-in?callbackUrl=") ? "sign-in" : "allowed";
    throw error;
  }
}

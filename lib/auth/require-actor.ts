import "server-only";

import { redirect } from "next/navigation";

import { signInPath } from "@/lib/http/safe-redirect";

import type { Actor } from "./actor";
import { getActor } from "./get-actor";

/** The signed-in person; anyone else is sent to sign in and brought back to `returnTo`. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(signInPath(returnTo));
  return actor;
}

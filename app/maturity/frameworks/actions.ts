"use server";

import { createFramework } from "@/lib/maturity/frameworks/create-framework";
import { type ActionResult, runAction } from "@/lib/server/action";

/** Starts a framework from the new framework form. */
export async function startFramework(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("maturity_framework.create", (actor, context) =>
    createFramework(actor, input, context),
  );
}

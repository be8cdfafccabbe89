import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import type { ServerEnv } from "@/lib/env";

/**
 * The key that signs session tokens: NEXTAUTH_SECRET, or on the embedded database a random key
 * kept beside it (so the quick start needs no configuration and sessions survive restarts).
 */
export function readAuthSecret(env: ServerEnv): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.DATABASE_URL) {
    throw new Error("Set NEXTAUTH_SECRET (32 characters or more) when using a PostgreSQL server.");
  }
  const file = path.join(env.DATA_DIR, "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(env.DATA_DIR, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch (error) {
      // Someone else wrote it first: theirs is the key.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      return readFileSync(file, "utf8").trim();
    }
  }
}

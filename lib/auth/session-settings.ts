import { readServerEnv } from "@/lib/env";

import { readAuthSecret } from "./secret";
import { isSecureDeployment, sessionCookieName } from "./session-cookie";

export interface SessionSettings {
  /** The session cookie's name. */
  name: string;
  /** Whether the cookie is sent over HTTPS only. */
  secure: boolean;
  /** The key session tokens are encrypted with. */
  secret: string;
}

let settings: SessionSettings | undefined;

/** The session cookie's name and key, read from the environment once per process. */
export function sessionSettings(): SessionSettings {
  if (!settings) {
    const env = readServerEnv();
    const secure = isSecureDeployment(env);
    settings = { name: sessionCookieName(secure), secure, secret: readAuthSecret(env) };
  }
  return settings;
}

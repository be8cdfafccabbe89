import { z } from "zod";

import { parseTrustedProxies } from "@/lib/http/trusted-proxies";
import { parseAllowedOrigins } from "@/lib/http/origin";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

// Every setting the server reads, with its default. Validated once, at first use.
const serverEnvSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string")
      .optional(),
    DATA_DIR: z.string().min(1).default(".data"),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DEMO_DATA: z.enum(["auto", "true", "false"]).default("auto"),
    NEXTAUTH_SECRET: z
      .string()
      .min(32, "NEXTAUTH_SECRET must be at least 32 characters")
      .optional(),
    NEXTAUTH_URL: z.string().url().optional(),
    // Email: delivered through SMTP when set (smtp:// or smtps:// URL), otherwise only kept in the
    // outbox that platform admins read in the app.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")
      .optional(),
    MAIL_FROM: z.string().min(3).default("Coalition <no-reply@coalition.invalid>"),
    // Single sign-on through an OpenID Connect provider such as Microsoft Entra ID: all three or none.
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_DISPLAY_NAME: z.string().min(1).default("your organisation's account"),
    // Origins besides the addressed one that may send state-changing requests (see lib/http/origin).
    APP_ORIGINS: z
      .string()
      .optional()
      .transform((value, context) => {
        const { origins, invalid } = parseAllowedOrigins(value);
        for (const entry of invalid) {
          context.issues.push({
            code: "custom",
            input: value,
            message: `"${entry}" is not an origin such as https://coalition.example.nhs.uk`,
          });
        }
        return origins;
      }),
    // Reverse proxies whose X-Forwarded-For and X-Forwarded-Host are believed (lib/http/client-address).
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .superRefine((value, context) => {
        try {
          parseTrustedProxies(value, 1);
        } catch (error) {
          context.addIssue({
            code: "custom",
            message: `TRUSTED_PROXIES must list addresses or CIDR ranges such as 10.0.0.0/8 (${error instanceof Error ? error.message : "unreadable"})`,
          });
        }
      }),
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).optional(),
    // Serving a non-local http:// address in production needs saying so: session cookies there
    // have no Secure flag.
    ALLOW_INSECURE_HTTP: z.enum(["true", "false"]).default("false"),
    // Scheduled jobs (lib/jobs): "off" stops this process's ticker; `npm run jobs:run-due` still works.
    JOBS: z.enum(["on", "off"]).default("on"),
    NODE_ENV: z.string().optional(),
  })
  .superRefine((env, context) => {
    if (env.NODE_ENV === "production" && env.NEXTAUTH_URL && env.ALLOW_INSECURE_HTTP !== "true") {
      const url = new URL(env.NEXTAUTH_URL);
      if (url.protocol === "http:" && !LOCAL_HOSTS.has(url.hostname)) {
        context.addIssue({
          code: "custom",
          path: ["NEXTAUTH_URL"],
          message:
            "NEXTAUTH_URL must be an https:// address in production, so that session cookies are Secure (set ALLOW_INSECURE_HTTP=true to serve plain http anyway)",
        });
      }
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      context.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together, or none of them",
      });
    }
    // The identity provider sends people back to NEXTAUTH_URL: without it there is no safe address.
    if (env.OIDC_ISSUER && !env.NEXTAUTH_URL) {
      context.addIssue({
        code: "custom",
        path: ["NEXTAUTH_URL"],
        message: "single sign-on needs NEXTAUTH_URL, the address people reach the platform at",
      });
    }
    // Links in emails are built on NEXTAUTH_URL, never on the request's Host header.
    if (env.SMTP_URL && !env.NEXTAUTH_URL) {
      context.addIssue({
        code: "custom",
        path: ["NEXTAUTH_URL"],
        message: "sending email needs NEXTAUTH_URL, the address the links in emails point to",
      });
    }
  });

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export function readServerEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const parsed = serverEnvSchema.safeParse({
    ...source,
    // An empty variable means "not set", as in most deployment tools.
    DATABASE_URL: source.DATABASE_URL || undefined,
    DATA_DIR: source.DATA_DIR || undefined,
    NEXTAUTH_SECRET: source.NEXTAUTH_SECRET || undefined,
    NEXTAUTH_URL: source.NEXTAUTH_URL || undefined,
    SMTP_URL: source.SMTP_URL || undefined,
    MAIL_FROM: source.MAIL_FROM || undefined,
    OIDC_ISSUER: source.OIDC_ISSUER || undefined,
    OIDC_CLIENT_ID: source.OIDC_CLIENT_ID || undefined,
    OIDC_CLIENT_SECRET: source.OIDC_CLIENT_SECRET || undefined,
    OIDC_DISPLAY_NAME: source.OIDC_DISPLAY_NAME || undefined,
    TRUSTED_PROXIES: source.TRUSTED_PROXIES || undefined,
    TRUSTED_PROXY_HOPS: source.TRUSTED_PROXY_HOPS || undefined,
    ALLOW_INSECURE_HTTP: source.ALLOW_INSECURE_HTTP || undefined,
    JOBS: source.JOBS || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

import { getPrisma } from "@/lib/db/client";

/**
 * A fingerprint of every row of every table but the audit trail (which rightly grows when
 * access is denied): equal fingerprints before and after an attempt mean it changed nothing.
 */
export async function dataFingerprint(): Promise<string> {
  const prisma = await getPrisma();
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name::text AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('AuditEvent', '_prisma_migrations')
      ORDER BY table_name`,
  );
  const parts = await Promise.all(
    tables.map(async ({ name }) => {
      const [row] = await prisma.$queryRawUnsafe<{ digest: string | null }[]>(
        `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest
           FROM "${name}" t`,
      );
      return `${name}:${row?.digest ?? ""}`;
    }),
  );
  return parts.join(",");
}

import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

// A refused attempt must change nothing. Comparing a digest of every table before and after each
// attempt grows with the data the matrix has made; noting writes as they happen does not. Every
// row inserted, updated or deleted (and every truncation) in any table but the audit trail, which
// rightly grows when access is denied, adds a row to a log of writes. Rows, not one counter row:
// on PostgreSQL concurrent transactions would queue for that one row. A write rolled back leaves
// no row, as it leaves no change.

const COUNTER = "_access_matrix_writes";
const counter = Prisma.raw(`"${COUNTER}"`);
const addWrite = Prisma.raw(`"${COUNTER}_add"`);

/** Puts a write counter on every table of the test database. Run once, before any attempt. */
export async function installChangeCounter(): Promise<void> {
  const prisma = await getPrisma();
  await prisma.$executeRaw`CREATE TABLE ${counter} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY)`;
  await prisma.$executeRaw`CREATE FUNCTION ${addWrite}() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN INSERT INTO ${counter} DEFAULT VALUES; RETURN NULL; END $$`;
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('AuditEvent', '_prisma_migrations', ${COUNTER})`;
  for (const { name } of tables) {
    // A table's name from the catalogue, quoted as an identifier.
    const table = Prisma.raw(`"${name.replaceAll('"', '""')}"`);
    await prisma.$executeRaw`CREATE TRIGGER ${Prisma.raw(`"${COUNTER}_rows"`)}
      AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${addWrite}()`;
    await prisma.$executeRaw`CREATE TRIGGER ${Prisma.raw(`"${COUNTER}_truncate"`)}
      AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${addWrite}()`;
  }
}

/**
 * The newest write so far: it moves whenever a write is committed after it was read, since every
 * later write takes a higher number.
 */
export async function writesSoFar(): Promise<number> {
  const prisma = await getPrisma();
  const [row] = await prisma.$queryRaw<
    { writes: bigint }[]
  >`SELECT coalesce(max(id), 0) AS writes FROM ${counter}`;
  return Number(row?.writes);
}

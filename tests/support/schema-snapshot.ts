import type { SqlSession } from "@/lib/db/sql";

/**
 * A database schema as lines of text, one fact per line, sorted: tables and columns (type,
 * nullability, default), enums, indexes and constraints (with their definitions). Two databases
 * with the same snapshot have the same schema; a diff of two snapshots reads as a list of facts.
 */
export async function snapshotSchema(db: SqlSession): Promise<string[]> {
  const ignored = `('_prisma_migrations')`;
  const columns = await db.query<{ line: string }>(`
    SELECT format('column %s.%s %s %s default=%s', c.table_name, c.column_name,
             CASE WHEN c.data_type = 'USER-DEFINED' THEN c.udt_name
                  WHEN c.data_type = 'ARRAY' THEN c.udt_name
                  ELSE format_type(a.atttypid, a.atttypmod) END,
             CASE WHEN c.is_nullable = 'YES' THEN 'null' ELSE 'not null' END,
             coalesce(c.column_default, '-')) AS line
      FROM information_schema.columns c
      JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass
                         AND a.attname = c.column_name
     WHERE c.table_schema = 'public' AND c.table_name NOT IN ${ignored}`);
  const enums = await db.query<{ line: string }>(`
    SELECT format('enum %s (%s)', t.typname, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)) AS line
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' GROUP BY t.typname`);
  const indexes = await db.query<{ line: string }>(`
    SELECT format('index %s', indexdef) AS line FROM pg_indexes
     WHERE schemaname = 'public' AND tablename NOT IN ${ignored}`);
  const constraints = await db.query<{ line: string }>(`
    SELECT format('constraint %s.%s %s', rel.relname, con.conname, pg_get_constraintdef(con.oid)) AS line
      FROM pg_constraint con
      JOIN pg_class rel ON rel.oid = con.conrelid
      JOIN pg_namespace n ON n.oid = rel.relnamespace
     WHERE n.nspname = 'public' AND rel.relname NOT IN ${ignored}`);
  return [...columns, ...enums, ...indexes, ...constraints].map((row) => row.line).sort();
}

/** The facts only one side has, marked "-" (expected only) and "+" (actual only). */
export function diffSnapshots(expected: string[], actual: string[]): string[] {
  const expectedSet = new Set(expected);
  const actualSet = new Set(actual);
  return [
    ...expected.filter((line) => !actualSet.has(line)).map((line) => `- ${line}`),
    ...actual.filter((line) => !expectedSet.has(line)).map((line) => `+ ${line}`),
  ];
}

import { Prisma } from "@/lib/generated/prisma/client";

interface PostgresCause {
  code?: unknown;
  originalCode?: unknown;
}

/** A unique constraint refused the write, on either driver. */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  // @prisma/adapter-pg maps PostgreSQL's 23505 to P2002; the PGlite adapter passes it through.
  const cause = (error as { cause?: PostgresCause } | null)?.cause;
  return (
    cause?.code === "23505" ||
    cause?.originalCode === "23505" ||
    /duplicate key value/.test(String(error))
  );
}

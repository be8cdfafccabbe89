import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * The contrib extensions the migrations use. PGlite loads an extension only when it is named at
 * creation, so every place that creates a PGlite instance passes these (a data directory with
 * pg_trgm installed cannot be opened without them).
 */
export const pgliteExtensions = { pg_trgm };

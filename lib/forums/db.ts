import "server-only";

// The forum functions run on the client or inside a transaction already open, as agreements do.
export { type Db, inTransaction } from "@/lib/agreements/db";

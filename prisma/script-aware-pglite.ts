// The PGlite adapter as the Prisma CLI needs it, mending two gaps of pglite-prisma-adapter 0.6:
// - Prisma's schema engine applies each migration to its shadow database as one raw statement
//   with no parameters. PGlite's `query` uses the extended protocol, which refuses several
//   commands in one statement, so `migrate diff --from-migrations` failed. Parameterless raw
//   statements are run with `exec` (the simple protocol), which is what a migration script needs.
// - Disposing an adapter left its database open, so the CLI never exited after some commands.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { pgliteExtensions } from "../lib/db/pglite-extensions";

type Adapter = Awaited<ReturnType<PrismaPGlite["connect"]>>;

function mend(db: PGlite, adapter: Adapter): Adapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    const results = await db.exec(query.sql);
    return results.reduce((sum, result) => sum + (result.affectedRows ?? 0), 0);
  };
  adapter.executeScript = async (script) => {
    await db.exec(script);
  };
  adapter.dispose = async () => {
    if (!db.closed) await db.close();
  };
  return adapter;
}

export class ScriptAwarePGlite extends PrismaPGlite {
  constructor(private readonly db: PGlite) {
    super(db);
  }

  override async connect(): Promise<Adapter> {
    return mend(this.db, await super.connect());
  }

  override async connectToShadowDb(): Promise<Adapter> {
    const shadow = new PGlite({ extensions: pgliteExtensions });
    return mend(shadow, await new PrismaPGlite(shadow).connect());
  }
}

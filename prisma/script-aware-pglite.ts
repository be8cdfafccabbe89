// Prisma's schema engine applies each migration to its shadow database as one raw statement with
// no parameters. PGlite's `query` uses the extended protocol, which refuses several commands in one
// statement, so `migrate diff --from-migrations` failed. Parameterless raw statements on the shadow
// database are run with `exec` (the simple protocol) instead, which is what a migration script needs.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

type Adapter = Awaited<ReturnType<PrismaPGlite["connect"]>>;

function runScriptsWithSimpleProtocol(db: PGlite, adapter: Adapter): Adapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    const results = await db.exec(query.sql);
    return results.reduce((sum, result) => sum + (result.affectedRows ?? 0), 0);
  };
  adapter.executeScript = async (script) => {
    await db.exec(script);
  };
  return adapter;
}

export class ScriptAwarePGlite extends PrismaPGlite {
  override async connectToShadowDb(): Promise<Adapter> {
    const shadow = new PGlite();
    return runScriptsWithSimpleProtocol(shadow, await new PrismaPGlite(shadow).connect());
  }
}

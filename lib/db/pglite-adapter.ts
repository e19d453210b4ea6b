// The Prisma driver adapter for the embedded PGlite, with one fix. pglite-prisma-adapter 0.7.2
// does not await `executeScript`, which is how the migration engine runs a migration's SQL: a
// failing migration was recorded in _prisma_migrations as applied and its error surfaced as an
// unhandled rejection. Here scripts are awaited so that the failure reaches the engine.
// (pglite-adapter.test.ts keeps this honest; drop the fix once the upstream adapter awaits.)
import { PGlite, messages } from "@electric-sql/pglite";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

export function pgliteAdapter(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const upstream = new PrismaPGlite(pglite);
  return {
    provider: upstream.provider,
    adapterName: upstream.adapterName,
    connect: async () => awaitScripts(await upstream.connect(), pglite),
    // Upstream's shadow database is never closed; ours is, when the engine disposes it.
    connectToShadowDb: async () => {
      const shadow = await PGlite.create();
      const adapter = awaitScripts(await new PrismaPGlite(shadow).connect(), shadow);
      adapter.dispose = () => shadow.close();
      return adapter;
    },
  };
}

function awaitScripts(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  adapter.executeScript = async (script) => {
    try {
      await pglite.exec(script);
    } catch (error) {
      // In this shape the engine reports Postgres' own message; any other error it reports
      // only as "External error id#N".
      if (!(error instanceof messages.DatabaseError)) throw error;
      throw new DriverAdapterError({
        kind: "postgres",
        code: error.code ?? "",
        severity: error.severity ?? "ERROR",
        message: error.message,
        detail: error.detail,
        column: error.column,
        hint: error.hint,
      });
    }
  };
  return adapter;
}

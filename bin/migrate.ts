// npm run db:migrate: applies prisma/migrations to the configured database (DATABASE_URL, or the
// embedded one under BLUEPRINT_DATA_DIR, which is created and seeded if new). The server does the
// same on its first database use; this is for deployments that migrate before they start.
import { config } from "../lib/config";
import { bootstrapDatabase } from "../lib/db/bootstrap";

const db = await bootstrapDatabase(config);
const where = db.kind === "postgres" ? "Postgres (DATABASE_URL)" : `embedded database in ${config.BLUEPRINT_DATA_DIR}`;
console.log(
  db.appliedMigrations.length === 0
    ? `${where}: already up to date`
    : `${where}: applied ${db.appliedMigrations.join(", ")}`,
);
await db.close();
// The WASM schema engine leaves a 10 s timer behind that would hold the process open.
process.exit(0);

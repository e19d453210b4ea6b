// Read by the Prisma CLI (generate here; migrate deploy on machines that can download Prisma's
// engines). The app itself connects through driver adapters configured in lib/db/client.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Only migrate/db commands need a url; generate must work without one (postinstall).
  datasource: { url: process.env.DATABASE_URL },
});

// The process configuration: every environment variable the server reads, parsed once here so
// that the rest of the code gets typed values and a bad setting fails at start with its name.
import path from "node:path";
import { z } from "zod";

// `FOO=` in a shell or CI file means "not set", not "set to nothing".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

export const configSchema = z.object({
  /** Postgres to use; without it the app runs on the embedded PGlite under BLUEPRINT_DATA_DIR. */
  DATABASE_URL: optional(
    z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" }),
  ),
  /** Where the embedded database (and other local state) lives; relative to the working dir. */
  BLUEPRINT_DATA_DIR: optional(z.string()).transform((dir) => path.resolve(/* turbopackIgnore: true */ dir ?? ".data")),
  /**
   * `local` (default): one local owner, signed in automatically, so a single user never signs up.
   * `required`: every page and API route but GET /api/health needs a session (shared deployments).
   */
  BLUEPRINT_AUTH: optional(z.enum(["local", "required"])).transform((mode) => mode ?? "local"),
  /**
   * Host names (besides localhost, 127.0.0.1 and ::1) by which the local-mode studio may be reached,
   * comma-separated, e.g. "studio.lan,10.0.0.5". Local mode signs every request in as the owner, so
   * it answers only to names the owner chose: a web page that rebinds its own name to this machine
   * must not read or change designs.
   */
  BLUEPRINT_ALLOWED_HOSTS: optional(z.string()).transform((hosts) =>
    (hosts ?? "").split(",").map((host) => host.trim().toLowerCase()).filter((host) => host !== ""),
  ),
  PORT: optional(z.coerce.number().int().min(1).max(65535)).transform((port) => port ?? 3000),
  NODE_ENV: optional(z.enum(["development", "production", "test"])).transform(
    (env) => env ?? "development",
  ),
});

export type Config = z.infer<typeof configSchema>;

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`invalid environment: ${problems.join("; ")}`);
  }
  return parsed.data;
}

export const config: Config = parseConfig(process.env);

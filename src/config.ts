// Every environment variable the server reads, parsed once, with clear errors. docs/deployment.md lists them.
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_DATABASE_URL = `file:${PROJECT_ROOT}var/policing-graph.db`;

const Bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql:// (PostgreSQL)")
    .default(DEFAULT_DATABASE_URL),
  /** Apply migrations and load data/ into an empty database at start. */
  AUTO_SEED: Bool.default(true),
  GRAPHIQL: Bool.default(true),
  /** Schema introspection; GraphiQL needs it, so turning it off turns GraphiQL off too. */
  INTROSPECTION: Bool.default(true),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

export type Config = z.infer<typeof Env>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const res = Env.safeParse(env);
  if (!res.success) {
    const lines = res.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return res.data;
}

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

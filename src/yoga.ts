// The GraphQL server: Yoga over the Pothos schema. Unexpected errors are masked (no stack traces or SQL reach a
// client) and logged; expected ones carry extensions.code.
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { schema } from "./schema/index.js";
import { createContext, type Context } from "./context.js";
import type { DbHandle } from "./db.js";
import { useInputErrors } from "./input-errors.js";

export interface YogaOptions {
  db: DbHandle;
  graphiql?: boolean;
  logging?: boolean;
}

export function createServer(opts: YogaOptions): YogaServerInstance<Record<string, never>, Context> {
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: opts.graphiql ?? true,
    landingPage: false,
    logging: opts.logging === false ? false : "info",
    maskedErrors: true,
    context: () => createContext(opts.db),
    plugins: [useInputErrors()],
  });
}

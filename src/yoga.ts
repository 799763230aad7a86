// The GraphQL server: Yoga over the Pothos schema. Unexpected errors are masked (no stack traces or SQL reach a
// client) and logged; expected ones carry extensions.code. Abusive documents are refused before execution:
// depth, aliases, tokens and directives at parse/validation time (graphql-armor), cost at the start of execution
// (Pothos complexity, see builder.ts), so no SQL runs for them.
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { NoSchemaIntrospectionCustomRule } from "graphql";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { schema } from "./schema/index.js";
import { createContext, type Context } from "./context.js";
import type { DbHandle } from "./db.js";
import { useInputErrors } from "./input-errors.js";
import { useExports } from "./export/http.js";

export interface YogaOptions {
  db: DbHandle;
  graphiql?: boolean;
  introspection?: boolean;
  logging?: boolean;
}

/** Document limits; docs/limits.md explains the numbers. */
export const DOCUMENT_LIMITS = { depth: 14, aliases: 30, tokens: 4000, directives: 20 };

const json = (R: typeof Response, body: unknown, status = 200) =>
  new R(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

/** GET /ready: the database answers (503 otherwise). GET /health (alive) is Yoga's own. */
function useReadiness(db: DbHandle): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === "/ready") {
        const up = await db.prisma.$queryRawUnsafe("SELECT 1").then(
          () => true,
          () => false,
        );
        endResponse(json(fetchAPI.Response, { status: up ? "ready" : "unavailable", database: db.provider }, up ? 200 : 503));
      }
    },
  };
}

/** graphql-armor's rejections are client errors: give them a code and a 400 status. */
const rejectAsClientError = [
  (_ctx: unknown, error: { extensions: Record<string, unknown> }) => {
    Object.assign(error.extensions, { code: "QUERY_TOO_COMPLEX", http: { status: 400 } });
  },
];

function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

export function createServer(opts: YogaOptions): YogaServerInstance<Record<string, never>, Context> {
  const introspection = opts.introspection ?? true;
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: (opts.graphiql ?? true) && introspection,
    landingPage: false,
    healthCheckEndpoint: "/health",
    logging: opts.logging === false ? false : "info",
    maskedErrors: true,
    context: () => createContext(opts.db),
    plugins: [
      useReadiness(opts.db),
      useExports(opts.db),
      maxDepthPlugin({ n: DOCUMENT_LIMITS.depth, exposeLimits: true, onReject: rejectAsClientError }),
      maxAliasesPlugin({ n: DOCUMENT_LIMITS.aliases, exposeLimits: true, onReject: rejectAsClientError }),
      maxTokensPlugin({ n: DOCUMENT_LIMITS.tokens, exposeLimits: true, onReject: rejectAsClientError }),
      maxDirectivesPlugin({ n: DOCUMENT_LIMITS.directives, exposeLimits: true, onReject: rejectAsClientError }),
      ...(introspection ? [] : [useNoIntrospection()]),
      useInputErrors(),
    ],
  });
}

// The benchmark's third target (PostgreSQL only): PostGraphile 5 (amber preset, production mode: no GraphiQL,
// explain or watch) serving the bench database's own tables (schema public: "Entity", "Relation" ...) over node:http,
// as a user of PostGraphile would deploy it. Started by scripts/bench.ts:
//   GRAPHILE_ENV=production DATABASE_URL=postgresql://... PORT=... tsx scripts/bench/postgraphile.ts
// What PostGraphile does not derive from the tables is added the way its documentation recommends, with condition
// plugins (graphile-utils' addPgTableCondition), not with connection-filter plugins (not installed):
//   - Entity.condition.activeIn (the filtered scenario): startDate <= Dec 31 and (endDate null or >= Jan 1);
//   - Entity.condition.cooperation { kind, validFromBefore } (the predicate scenario): an EXISTS over the entity's
//     COOPERATES_WITH relations in either direction, as our `cooperations: { some: ... }`.
// Everything else is PostGraphile's own schema: allEntities(condition:, orderBy:, first:), entityByKindAndSlug,
// entityByRowId, relationsByFromId / entityByToId, and entityByKindAndSlug from a smart tag (below). The queries of each scenario are in scripts/bench/scenarios.ts.
// Also served: GET /health, and a response header x-sql-statements (statements sent on the pool while the request
// was handled; exact only for sequential requests, as the API's counter).
import { createServer } from "node:http";
import pg from "pg";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { addPgTableCondition, jsonPgSmartTags } from "postgraphile/utils";

const url = process.env.DATABASE_URL!;
let statements = 0;
// The same pool size as the API's and the floor's.
const pool = new pg.Pool({ connectionString: url, max: 10 });
pool.on("connect", (client) => {
  const query = client.query.bind(client) as (...a: unknown[]) => unknown;
  (client as unknown as { query: (...a: unknown[]) => unknown }).query = (...a: unknown[]) => {
    const text = String(typeof a[0] === "string" ? a[0] : (a[0] as { text?: string } | undefined)?.text);
    // Not counted: @dataplan/pg's once-per-connection setting (not part of any request's work).
    if (!text.startsWith("set jit_optimize_above_cost")) statements++;
    if (process.env.BENCH_DEBUG) console.error(text.replace(/\s+/g, " ").slice(0, 300));
    return query(...a);
  };
});

const activeIn = addPgTableCondition(
  { schemaName: "public", tableName: "Entity" },
  "activeIn",
  (build) => ({ type: build.graphql.GraphQLInt, description: "Missions active in this year (startDate <= Dec 31, endDate null or >= Jan 1)." }),
  (value, { sql, sqlTableAlias }) => {
    if (value == null) return null;
    const y = sql.value(Number(value));
    return sql`(${sqlTableAlias}."startDate" <= make_timestamp(${y}, 12, 31, 23, 59, 59) and (${sqlTableAlias}."endDate" is null or ${sqlTableAlias}."endDate" >= make_timestamp(${y}, 1, 1, 0, 0, 0)))`;
  },
);

let CooperationPredicate: unknown;
const cooperation = addPgTableCondition(
  { schemaName: "public", tableName: "Entity" },
  "cooperation",
  (build) => {
    const { GraphQLInputObjectType, GraphQLString } = build.graphql;
    CooperationPredicate ??= new GraphQLInputObjectType({
      name: "CooperationPredicate",
      description: "Has a COOPERATES_WITH relation (either direction) of this subtype that began before this day.",
      fields: { kind: { type: GraphQLString }, validFromBefore: { type: build.getTypeByName("Datetime") as never } },
    });
    return { type: CooperationPredicate as never };
  },
  (value, { sql, sqlTableAlias }) => {
    if (value == null) return null;
    const v = value as { kind?: string; validFromBefore?: string };
    const arm = (own: string) => sql`select 1 from "Relation" r where r.${sql.identifier(own)} = ${sqlTableAlias}."id"
      and r."kind" = 'COOPERATES_WITH' and r."retiredAt" is null
      ${v.kind == null ? sql.blank : sql`and r."subtype" = ${sql.value(v.kind)}`}
      ${v.validFromBefore == null ? sql.blank : sql`and r."validFrom" < ${sql.value(v.validFromBefore)}::timestamp`}`;
    return sql`(exists (${arm("fromId")}) or exists (${arm("toId")}))`;
  },
);

// Prisma's @@unique([kind, slug]) is a unique index, not a constraint, so PostGraphile does not see it: a smart tag
// declares it (https://postgraphile.org/postgraphile/next/smart-tags), which gives Query.entityByKindAndSlug.
const uniqueSlug = jsonPgSmartTags({ version: 1, config: { class: { Entity: { tags: { unique: "kind,slug" } } } } });

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [uniqueSlug, activeIn, cooperation],
  pgServices: [makePgService({ pool, schemas: ["public"] })],
  grafserv: { graphiql: false, watch: false, graphqlPath: "/graphql" },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const handler = serv.createHandler();
const server = createServer((req, res) => {
  if (req.url === "/health") {
    res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    return;
  }
  const before = statements;
  const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => typeof res;
  (res as unknown as { writeHead: (...a: unknown[]) => typeof res }).writeHead = (...a: unknown[]) => {
    if (!res.headersSent) res.setHeader("x-sql-statements", String(statements - before));
    return writeHead(...a);
  };
  handler(req, res);
});
// Build the schema before the first request, so /health answers only once queries can run.
await pgl.getSchemaResult();
server.listen(Number(process.env.PORT ?? 4200), "127.0.0.1", () => console.log(`postgraphile listening on ${process.env.PORT}`));

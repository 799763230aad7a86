// Path searches over the in-memory graph (src/read/graph-index.ts): the same answers as the level-by-level SQL search,
// a constant number of statements whatever the hops, and every kind of write seen by the next search (curation by
// this server, a write by another connection, a retirement, a period), on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "../../src/store/db.js";
import { graphIndexInfo, setGraphIndex } from "../../src/read/graph-index.js";
import { availableProviders, seededDatabase, type TestDb } from "../helpers/db.js";
import { gql, testServer, type Yoga } from "../helpers/http.js";
import { gqlAs, keyFor } from "../resolvers/mutation/helpers.js";

const PATHS = `query($from: ID!, $to: ID!, $kinds: [RelationKind!], $maxHops: Int, $k: Int, $asOf: Date) {
  paths(from: $from, to: $to, kinds: $kinds, maxHops: $maxHops, k: $k, asOf: $asOf) {
    length nodes { slug } steps { forward relationship { id kind } } } }`;
const HOOD = `query($of: ID!, $depth: Int, $kinds: [RelationKind!], $asOf: Date) {
  neighbourhood(of: $of, depth: $depth, kinds: $kinds, asOf: $asOf) { truncated nodes { slug } relationships { id } } }`;

const CASES: [string, Record<string, unknown>][] = [
  ["Eurojust to the AU", { from: "org:eurojust", to: "org:au" }],
  ["Europol to INTERPOL, k 3, three kinds", { from: "org:europol", to: "org:interpol", k: 3, kinds: ["COOPERATES_WITH", "PART_OF", "OVERSEES"] }],
  ["Europol to INTERPOL as of 1995", { from: "org:europol", to: "org:interpol", kinds: ["COOPERATES_WITH"], asOf: "1995-01-01" }],
  ["Palau to EULEX, 6 hops, k 5", { from: "country:PW", to: "mission:eulex-kosovo", maxHops: 6, k: 5 }],
  ["Haiti to UNODC, memberships only", { from: "country:HT", to: "org:unodc", kinds: ["MEMBER_OF"] }],
];

describe.each(await availableProviders())("paths over the in-memory graph on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  let sqlDb: DbHandle;
  let sqlYoga: Yoga;
  const q = <T = any>(query: string, variables?: Record<string, unknown>) => gql<T>(yoga, t.db, query, variables);

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
    // A second handle on the same database with the index off: the level-by-level SQL search.
    sqlDb = createDb(t.db.url);
    setGraphIndex(sqlDb, false);
    sqlYoga = testServer(sqlDb);
  }, 120_000);
  afterAll(async () => {
    await sqlDb?.prisma.$disconnect();
    await t?.drop();
  });

  it.each(CASES)("%s: the same paths as the SQL search", async (_name, vars) => {
    const mem = await q(PATHS, vars);
    const sql = await gql(sqlYoga, sqlDb, PATHS, vars);
    expect(mem.errors).toBeUndefined();
    expect(sql.errors).toBeUndefined();
    expect(mem.data).toEqual(sql.data);
    expect(graphIndexInfo(t.db)?.edges).toBeGreaterThan(500);
    expect(graphIndexInfo(sqlDb)).toBeNull();
  });

  it("neighbourhoods agree too, at depth 1 to 3, with kinds and asOf", async () => {
    for (const vars of [{ of: "org:europol" }, { of: "org:europol", depth: 3 }, { of: "org:interpol", depth: 2, kinds: ["MEMBER_OF"] }, { of: "org:eu", depth: 2, asOf: "2004-01-01" }]) {
      const mem = await q(HOOD, vars);
      const sql = await gql(sqlYoga, sqlDb, HOOD, vars);
      expect(mem.errors).toBeUndefined();
      expect(mem.data).toEqual(sql.data);
    }
  });

  it("statements do not grow with the hops: a version check, the endpoints and the answer's rows", async () => {
    await q(PATHS, { from: "org:eurojust", to: "org:au" });
    const r = await q(`query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 6, k: 5) { length nodes { slug } } }`, {
      from: "country:PW",
      to: "mission:eulex-kosovo",
    });
    expect(r.errors).toBeUndefined();
    // version (1) + both endpoints (1) + the nodes' rows (1); the SQL search issues one more per BFS level.
    expect(r.statements).toBe(3);
    const sql = await gql(sqlYoga, sqlDb, `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 6, k: 5) { length nodes { slug } } }`, {
      from: "country:PW",
      to: "mission:eulex-kosovo",
    });
    expect(sql.statements).toBeGreaterThan(5);
  });

  it("sees writes at once: a relationship created, re-dated, retired; an entity retired; a write by another connection", async () => {
    const admin = await keyFor(t.db, "ADMIN", `graph-${provider}`);
    const ids = (await q(`{ a: organization(slug: "ncis") { id } b: organization(slug: "afripol") { id } }`)).data;
    const direct = { from: "org:ncis", to: "org:afripol", kinds: ["COOPERATES_WITH"], maxHops: 1 };
    expect((await q(PATHS, direct)).data.paths).toEqual([]);

    const created = await gqlAs(yoga, admin, `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) {
      relationship { id } userErrors { message } } }`, {
      input: { kind: "COOPERATES_WITH", from: ids.a.id, to: ids.b.id, validFrom: "2021-03-01", sources: [{ source: "interpol-site" }] },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data.createRelationship.userErrors).toEqual([]);
    const relId = created.data.createRelationship.relationship.id;
    expect((await q(PATHS, direct)).data.paths.map((p: any) => p.nodes.map((n: any) => n.slug))).toEqual([["ncis", "afripol"]]);
    // Its period counts: not yet there in 2020.
    expect((await q(PATHS, { ...direct, asOf: "2020-06-01" })).data.paths).toEqual([]);
    expect((await q(PATHS, { ...direct, asOf: "2022-06-01" })).data.paths).toHaveLength(1);

    const updated = await gqlAs(yoga, admin, `mutation($input: UpdateRelationshipInput!) { updateRelationship(input: $input) { userErrors { message } } }`, {
      input: { id: relId, validFrom: "2019-01-01", sources: [{ source: "interpol-site" }] },
    });
    expect(updated.data.updateRelationship.userErrors).toEqual([]);
    expect((await q(PATHS, { ...direct, asOf: "2020-06-01" })).data.paths).toHaveLength(1);

    const retired = await gqlAs(yoga, admin, `mutation($input: RetireRelationshipInput!) { retireRelationship(input: $input) { userErrors { message } } }`, {
      input: { id: relId, reason: "test", sources: [{ source: "interpol-site" }] },
    });
    expect(retired.data.retireRelationship.userErrors).toEqual([]);
    expect((await q(PATHS, direct)).data.paths).toEqual([]);
    // Before its retirement it still held.
    expect((await q(PATHS, { ...direct, asOf: "2022-06-01" })).data.paths).toHaveLength(1);

    // Another connection (another instance, an import, a script) writes: the next search sees it.
    const other = createDb(t.db.url);
    try {
      const [a, b] = await Promise.all(
        ["ncis", "afripol"].map((slug) => other.prisma.entity.findFirstOrThrow({ where: { kind: "ORGANIZATION", slug } })),
      );
      await other.prisma.relation.create({ data: { kind: "COOPERATES_WITH", fromId: b.id, toId: a.id, key: `test:${provider}:graph-index` } });
      expect((await q(PATHS, direct)).data.paths).toHaveLength(1);
      // An end retired by that connection: the edge no longer holds.
      await other.prisma.entity.update({ where: { id: b.id }, data: { retiredAt: new Date() } });
      const none = await q(PATHS, direct);
      expect(none.errors).toBeUndefined();
      expect(none.data.paths).toEqual([]);
      await other.prisma.entity.update({ where: { id: b.id }, data: { retiredAt: null } });
      expect((await q(PATHS, direct)).data.paths).toHaveLength(1);
    } finally {
      await other.prisma.$disconnect();
    }
    // Both searches still agree after all that.
    for (const [, vars] of CASES) expect((await q(PATHS, vars)).data).toEqual((await gql(sqlYoga, sqlDb, PATHS, vars)).data);
  });
});

// Cache invalidation after writes, with two instances sharing one Redis (as in production): answers that hold
// none of the objects a write touched (a path that a new relationship opens, a retired relationship's path, a
// neighbourhood) are not served stale, whether the write was a mutation on the other instance or a CLI import.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createKey } from "../../src/auth/keys.js";
import { createDb, type DbHandle } from "../../src/store/db.js";
import { createSharedState } from "../../src/store/redis.js";
import type { SharedState } from "../../src/store/shared.js";
import { postgresAvailable, seededDatabase, type TestDb } from "../helpers/db.js";
import { REDIS_URL, dropRedisPrefix, post, redisAvailable, startInstance, uniquePrefix, type Instance } from "../helpers/production.js";
import { runCli } from "../helpers/cli.js";

const services = (await postgresAvailable()) && (await redisAvailable());
const dir = mkdtempSync(join(tmpdir(), "policing-graph-events-"));

const SOURCES = [{ source: "interpol-site", facts: ["F157"] }];
const PATHS = `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 3) { length nodes { slug } } }`;
const AROUND = `query($of: ID!) { neighbourhood(of: $of, depth: 2) { nodes { ... on Organization { slug } } } }`;
const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } userErrors { message } } }`;
const LINK = `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { relationship { id } userErrors { message } } }`;
const RETIRE = `mutation($input: RetireRelationshipInput!) { retireRelationship(input: $input) { relationship { id } userErrors { message } } }`;

describe.skipIf(!services)("cache invalidation after writes, two instances sharing Redis", () => {
  let t: TestDb;
  const prefix = uniquePrefix("events");
  let dbA: DbHandle;
  let dbB: DbHandle;
  let sharedA: SharedState;
  let sharedB: SharedState;
  let a: Instance;
  let b: Instance;
  let auth: Record<string, string>;
  const tag = `ev${Date.now().toString(36)}`;
  const slug = (n: string) => `${tag}-${n}`;
  const ids: Record<string, string> = {};
  /** A read on B, and the SQL statements B issued for it (0: answered from the cache). */
  const onB = async (query: string, variables: Record<string, unknown>) => {
    const before = dbB.stats.statements;
    const res = await post(b.base, query, variables);
    expect(res.body.errors).toBeUndefined();
    return { data: res.body.data, statements: dbB.stats.statements - before };
  };
  const write = async (query: string, input: Record<string, unknown>) => {
    const res = await post(a.base, query, { input }, auth);
    expect(res.body.errors).toBeUndefined();
    const payload = Object.values(res.body.data)[0] as { userErrors: unknown[] } & Record<string, { id: string }>;
    expect(payload.userErrors).toEqual([]);
    return payload;
  };

  beforeAll(async () => {
    t = await seededDatabase("postgresql");
    dbA = createDb(t.url);
    dbB = createDb(t.url);
    sharedA = createSharedState({ redisUrl: REDIS_URL, prefix, cacheTtlMs: 60_000 });
    sharedB = createSharedState({ redisUrl: REDIS_URL, prefix, cacheTtlMs: 60_000 });
    await Promise.all([sharedA.hub!.ready(), sharedB.hub!.ready()]);
    a = await startInstance(dbA, sharedA);
    b = await startInstance(dbB, sharedB);
    auth = { authorization: `Bearer ${(await createKey(t.db.prisma, `curator-${tag}`, "CURATOR")).secret}` };
    for (const n of ["x", "y", "z"])
      ids[n] = (await write(CREATE, { kind: "ORGANIZATION", slug: slug(n), name: `Body ${n} ${tag}`, organizationKind: "REGIONAL_BODY", sources: SOURCES })).entity.id;
  }, 180_000);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await sharedA?.close();
    await sharedB?.close();
    await dbA?.prisma.$disconnect();
    await dbB?.prisma.$disconnect();
    await dropRedisPrefix(prefix);
    await t?.drop();
  });

  it("a relationship created on A opens a path that B had cached as none; retiring it on A closes it again on B", async () => {
    const vars = { from: `org:${slug("x")}`, to: `org:${slug("y")}` };
    expect((await onB(PATHS, vars)).data.paths).toEqual([]);
    expect((await onB(PATHS, vars)).statements).toBe(0); // cached
    const { relationship } = await write(LINK, { kind: "COOPERATES_WITH", from: ids.x, to: ids.y, sources: SOURCES });
    const opened = await onB(PATHS, vars);
    expect(opened.data.paths).toEqual([{ length: 1, nodes: [{ slug: slug("x") }, { slug: slug("y") }] }]);
    expect((await onB(PATHS, vars)).statements).toBe(0); // cached again
    await write(RETIRE, { id: relationship.id, reason: "test" });
    expect((await onB(PATHS, vars)).data.paths).toEqual([]);
  });

  it("a CLI import (another process) drops what every instance cached: a new path and a wider neighbourhood", async () => {
    const vars = { from: `org:${slug("y")}`, to: `org:${slug("z")}` };
    const around = { of: `org:${slug("z")}` };
    expect((await onB(PATHS, vars)).data.paths).toEqual([]);
    const alone = await onB(AROUND, around);
    expect(alone.data.neighbourhood.nodes).toEqual([{ slug: slug("z") }]);
    expect((await onB(PATHS, vars)).statements).toBe(0);
    expect((await onB(AROUND, around)).statements).toBe(0);
    const file = join(dir, "edge.json");
    writeFileSync(
      file,
      JSON.stringify({ edges: [{ kind: "COOPERATES_WITH", source: `ORGANIZATION:${slug("y")}`, target: `ORGANIZATION:${slug("z")}`, sources: ["bulk-survey"] }] }),
    );
    const r = await runCli(["import", file], { DATABASE_URL: t.url, REDIS_URL, REDIS_PREFIX: prefix });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain("Warning");
    expect((await onB(PATHS, vars)).data.paths).toEqual([{ length: 1, nodes: [{ slug: slug("y") }, { slug: slug("z") }] }]);
    expect((await onB(AROUND, around)).data.neighbourhood.nodes).toContainEqual({ slug: slug("y") });
  }, 60_000);

  it("the CLI says so when it cannot reach Redis to invalidate (the import itself succeeds)", async () => {
    const file = join(dir, "node.json");
    writeFileSync(file, JSON.stringify({ nodes: [{ kind: "ORGANIZATION", slug: slug("w"), name: "W", orgKind: "REGIONAL_BODY", sources: ["bulk-survey"] }] }));
    const r = await runCli(["import", file], { DATABASE_URL: t.url, REDIS_URL: "redis://127.0.0.1:1", REDIS_PREFIX: prefix });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Warning: Redis (REDIS_URL) is unreachable");
    expect(await t.db.prisma.entity.count({ where: { slug: slug("w") } })).toBe(1);
  }, 60_000);
});

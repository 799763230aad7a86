// Relationship lists as connections (`<field>Connection`, `Entity.relationsConnection`) and `during` on every list
// and root connection: answers on SQLite and PostgreSQL must agree and equal a ground truth computed here from the
// plain lists (every relationship, read whole, then filtered, sorted and paged in the test); cursors page through a
// hub both ways; one statement per level for the pages (+1 for totalCount); bad input is a typed error.
import { describe, expect, it } from "vitest";
import { gql } from "../helpers/http.js";
import { askEvery, seededServers } from "../helpers/servers.js";

const { providers, servers } = await seededServers();

/** Runs a query on every database; fails on errors; returns the first database's data after checking all agree. */
async function ask<T = any>(query: string, variables?: Record<string, unknown>, agree = true): Promise<T> {
  return askEvery<T>(servers, query, variables, agree ? undefined : false);
}

/** The first error of a query on every database (the same on each). */
async function errorOf(query: string, variables?: Record<string, unknown>) {
  const errors = [];
  for (const { t, yoga } of servers.values()) {
    const res = await gql(yoga, t.db, query, variables);
    expect(res.status).toBe(400);
    errors.push(res.errors?.[0]);
  }
  for (const e of errors.slice(1)) expect(e).toEqual(errors[0]);
  return errors[0]!;
}

interface Rel {
  id: string;
  __typename: string;
  validFrom: string | null;
  validTo: string | null;
}

const rowId = (globalId: string) => Number(Buffer.from(globalId, "base64").toString("utf8").split(":")[1]);
/** The connections' default order, computed here: validFrom ascending with undated ones last, then id. */
const byValidFrom = (a: Rel, b: Rel) =>
  a.validFrom === b.validFrom ? rowId(a.id) - rowId(b.id) : a.validFrom === null ? 1 : b.validFrom === null ? -1 : a.validFrom < b.validFrom ? -1 : 1;
/** Overlaps [from, to], undated bounds open (dates as YYYY-MM-DD compare as text). */
const overlaps = (r: Rel, from: string | null, to: string | null) =>
  (to === null || r.validFrom === null || r.validFrom <= to) && (from === null || r.validTo === null || r.validTo >= from);
const heldOn = (r: Rel, d: string) => overlaps(r, d, d);

const REL = "id __typename validFrom validTo";

/** Every relationship of an entity through the plain list (first: 100 holds the whole list of the seeded hubs). */
async function plainRelations(slug: string): Promise<Rel[]> {
  const d = await ask(`{ organization(slug: "${slug}") { relations(first: 100) { ${REL} } } }`, undefined, false);
  const all = d.organization.relations as Rel[];
  expect(all.length).toBeLessThan(100);
  return all;
}

/** Pages through `relationsConnection` of a body with `size`, forwards (first/after) or backwards (last/before). */
async function pageAll(slug: string, size: number, backwards: boolean, extra = "") {
  const query = `query($n: Int, $c: String) { organization(slug: "${slug}") { relationsConnection(${backwards ? "last: $n, before: $c" : "first: $n, after: $c"} ${extra}) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${REL} } } nodes { id } } } }`;
  const seen: Rel[] = [];
  let cursor: string | null = null;
  let pages = 0;
  for (;;) {
    const conn: any = (await ask(query, { n: size, c: cursor })).organization.relationsConnection;
    expect(conn.nodes.map((n: { id: string }) => n.id)).toEqual(conn.edges.map((e: { node: Rel }) => e.node.id));
    expect(conn.edges.length).toBeLessThanOrEqual(size);
    pages++;
    const nodes = conn.edges.map((e: { node: Rel }) => e.node);
    if (backwards) seen.unshift(...nodes);
    else seen.push(...nodes);
    if (backwards ? !conn.pageInfo.hasPreviousPage : !conn.pageInfo.hasNextPage) return { seen, pages, totalCount: conn.totalCount };
    expect(conn.edges.length).toBe(size);
    cursor = backwards ? conn.pageInfo.startCursor : conn.pageInfo.endCursor;
  }
}

describe.runIf(providers.length > 0)("relationship connections", () => {
  it("pages through a hub's every relationship forwards and backwards, each exactly once, in the default order", async () => {
    const truth = (await plainRelations("eu")).sort(byValidFrom);
    expect(truth.length).toBeGreaterThan(50);
    expect(truth.some((r) => r.validFrom === null)).toBe(true);
    const forward = await pageAll("eu", 7, false);
    expect(forward.seen).toEqual(truth);
    expect(forward.pages).toBe(Math.ceil(truth.length / 7));
    expect(forward.totalCount).toBe(truth.length);
    const backward = await pageAll("eu", 5, true);
    expect(backward.seen).toEqual(truth);
    expect(new Set(backward.seen.map((r) => r.id)).size).toBe(truth.length);
  });

  it("orders by any key, descending, with undated ones first then; cursors follow that order", async () => {
    const truth = (await plainRelations("interpol")).sort((a, b) => {
      // VALID_TO DESC: undated first (NULLs last ascending), then latest first; ties by id descending.
      if (a.validTo !== b.validTo) return a.validTo === null ? -1 : b.validTo === null ? 1 : a.validTo > b.validTo ? -1 : 1;
      return rowId(b.id) - rowId(a.id);
    });
    const { seen } = await pageAll("interpol", 6, false, "orderBy: [{ field: VALID_TO, direction: DESC }, { field: CREATED, direction: DESC }]");
    expect(seen).toEqual(truth);
    const byKind = await pageAll("interpol", 9, true, "orderBy: [{ field: KIND }]");
    const kindOrder = (await plainRelations("interpol")).map((r) => ({ r, kind: r.__typename }));
    // KIND sorts the stored kind (MEMBER_OF ...), then the default tie-break by id: the same multiset, each kind together.
    expect(byKind.seen.map((r) => r.id).sort()).toEqual(kindOrder.map((k) => k.r.id).sort());
    const runs = byKind.seen.map((r) => r.__typename).filter((k, i, a) => i === 0 || a[i - 1] !== k);
    expect(new Set(runs).size).toBe(runs.length);
  });

  it("a typed connection with where, asOf and during: the page and totalCount of the filtered list", async () => {
    const all = (await ask(`{ organization(slug: "interpol") { cooperations(first: 100) { ${REL} cooperationKind partner { slug } } } }`, undefined, false))
      .organization.cooperations as (Rel & { cooperationKind: string | null })[];
    const query = `query($w: CooperationWhere, $d: DateRangeInput, $a: Date, $n: Int) { organization(slug: "interpol") {
      cooperationsConnection(first: $n, where: $w, during: $d, asOf: $a) { totalCount edges { node { ${REL} cooperationKind partner { slug } } } } } }`;
    const check = async (vars: Record<string, unknown>, keep: (r: Rel & { cooperationKind: string | null }) => boolean) => {
      const expected = all.filter(keep).sort(byValidFrom);
      const conn = (await ask(query, { n: 3, ...vars })).organization.cooperationsConnection;
      expect(conn.totalCount).toBe(expected.length);
      expect(conn.edges.map((e: { node: Rel }) => e.node)).toEqual(expected.slice(0, 3));
      return expected.length;
    };
    const during = (r: Rel) => overlaps(r, "2010-01-01", "2015-12-31");
    expect(await check({ d: { from: "2010-01-01", to: "2015-12-31" } }, during)).toBeGreaterThan(2);
    expect(await check({ d: { from: "2010-01-01", to: "2015-12-31" }, w: { cooperationKind: { equals: "AGREEMENT" } } }, (r) => during(r) && r.cooperationKind === "AGREEMENT")).toBeGreaterThan(0);
    expect(await check({ a: "2012-06-01" }, (r) => heldOn(r, "2012-06-01"))).toBeGreaterThan(0);
    expect(await check({ d: { to: "1999-12-31" } }, (r) => overlaps(r, null, "1999-12-31"))).toBeGreaterThan(0);
    // `during` inside the where is the same as `overlaps` and as the argument.
    const inWhere = await ask(`{ organization(slug: "interpol") {
      a: cooperationsConnection(first: 100, where: { during: { from: "2010-01-01", to: "2015-12-31" } }) { nodes { id } }
      b: cooperationsConnection(first: 100, where: { overlaps: { from: "2010-01-01", to: "2015-12-31" } }) { nodes { id } }
      c: cooperations(during: { from: "2010-01-01", to: "2015-12-31" }) { id } } }`);
    const ids = all.filter(during).sort(byValidFrom).map((r) => r.id);
    expect(inWhere.organization.a.nodes.map((n: Rel) => n.id)).toEqual(ids);
    expect(inWhere.organization.b.nodes.map((n: Rel) => n.id)).toEqual(ids);
    expect(inWhere.organization.c.map((n: Rel) => n.id).sort()).toEqual([...ids].sort());
  });

  it("relationsConnection takes kinds, direction and a where over any relationship", async () => {
    const all = await plainRelations("europol");
    const conn = (await ask(`{ organization(slug: "europol") { relationsConnection(first: 100, kinds: [OVERSEES, COOPERATES_WITH], direction: BOTH,
      where: { validFrom: { isNull: false } }) { totalCount nodes { ${REL} } } } }`)).organization.relationsConnection;
    const expected = all.filter((r) => ["Oversight", "Cooperation"].includes(r.__typename) && r.validFrom !== null).sort(byValidFrom);
    expect(expected.length).toBeGreaterThan(3);
    expect(conn.nodes).toEqual(expected);
    expect(conn.totalCount).toBe(expected.length);
    // The plain list takes `during` too (same relationships; its order is the plain lists' own).
    const held = all.filter((r) => overlaps(r, "1990-01-01", "2000-12-31"));
    expect(held.length).toBeGreaterThan(0);
    expect(held.length).toBeLessThan(all.length);
    for (const { t, yoga } of servers.values()) {
      const res = await gql<any>(yoga, t.db, `{ organization(slug: "europol") { relations(during: { from: "1990-01-01", to: "2000-12-31" }) { ${REL} } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data!.organization.relations.map((r: Rel) => r.id).sort()).toEqual(held.map((r) => r.id).sort());
    }
  });

  it("`during` on root connections keeps entities whose own period overlaps the interval", async () => {
    const missions = (await ask(`{ missions(first: 100) { totalCount edges { node { slug startDate endDate } } } }`)).missions;
    expect(missions.totalCount).toBeLessThan(100);
    const expected = missions.edges
      .map((e: any) => e.node)
      .filter((m: any) => (m.startDate === null || m.startDate <= "2008-12-31") && (m.endDate === null || m.endDate >= "2005-01-01"))
      .map((m: any) => m.slug)
      .sort();
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThan(missions.totalCount);
    const got = (await ask(`{ missions(first: 100, during: { from: "2005-01-01", to: "2008-12-31" }) { totalCount edges { node { slug } } } }`)).missions;
    expect(got.edges.map((e: any) => e.node.slug).sort()).toEqual(expected);
    expect(got.totalCount).toBe(expected.length);
    // The same inside a mission's where: on the root, and on the missions at the other end of the UN's leaderships.
    const inWhere = (await ask(`{ missions(first: 100, where: { during: { from: "2005-01-01", to: "2008-12-31" } }) { edges { node { slug } } } }`)).missions;
    expect(inWhere.edges.map((e: any) => e.node.slug).sort()).toEqual(expected);
    const led = (await ask(`{ organization(slug: "un") { leadsConnection(first: 100, where: { other: { mission: { during: { from: "2005-01-01", to: "2008-12-31" } } } }) {
      totalCount nodes { led { ... on Mission { slug } } } } } }`)).organization.leadsConnection;
    const allLed = (await ask(`{ organization(slug: "un") { leads(first: 100) { led { ... on Mission { slug } } } } }`, undefined, false)).organization.leads;
    const expectedLed = allLed.map((l: any) => l.led.slug).filter((s: string | undefined) => s && expected.includes(s)).sort();
    expect(expectedLed.length).toBeGreaterThan(0);
    expect(expectedLed.length).toBeLessThan(allLed.length);
    expect(led.totalCount).toBe(expectedLed.length);
    expect(led.nodes.map((n: any) => n.led.slug).sort()).toEqual(expectedLed);
    // With a where: both apply. Bodies: founded (by year) by the end of the interval, or undated.
    const orgs = (await ask(`{ organizations(first: 100) { edges { node { slug foundedYear executivePowers } } } }`)).organizations.edges.map((e: any) => e.node);
    const old = (await ask(`{ organizations(first: 100, during: { to: "1950-06-30" }, where: { executivePowers: { equals: false } }) { totalCount edges { node { slug } } } }`)).organizations;
    const expectedOld = orgs.filter((o: any) => (o.foundedYear === null || o.foundedYear <= 1950) && o.executivePowers === false).map((o: any) => o.slug).sort();
    expect(expectedOld).toContain("interpol");
    expect(old.edges.map((e: any) => e.node.slug).sort()).toEqual(expectedOld);
    expect(old.totalCount).toBe(expectedOld.length);
  });

  it("reads the pages of every parent in one statement per level, and totalCount in one more, whatever the number of parents", async () => {
    const [p] = providers;
    const { t, yoga } = servers.get(p)!;
    const count = async (q: string) => {
      const res = await gql(yoga, t.db, q);
      expect(res.errors).toBeUndefined();
      return res.statements;
    };
    const roots = (n: number, inner: string) => `{ organizations(first: ${n}) { edges { node { slug ${inner} } } } }`;
    for (const n of [3, 40]) {
      const base = await count(roots(n, ""));
      expect(await count(roots(n, `cooperationsConnection(first: 2) { edges { node { id validFrom } } }`))).toBe(base + 1);
      expect(await count(roots(n, `cooperationsConnection(first: 2, during: { from: "2000-01-01" }) { totalCount edges { node { id } } }`))).toBe(base + 2);
      // Two levels: the partners (entity loader), then their connections.
      expect(
        await count(roots(n, `cooperationsConnection(first: 2) { totalCount nodes { partner { slug oversees: overseesConnection(last: 2) { totalCount nodes { id } } } } }`)),
      ).toBe(base + 5);
    }
  });

  it("refuses bad arguments with typed errors naming them", async () => {
    const conn = (args: string) => `{ organization(slug: "eu") { relationsConnection(${args}) { totalCount } } }`;
    const typed = async (q: string, argument: string, message: RegExp) => {
      const e = await errorOf(q);
      expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
      expect(e.message).toMatch(message);
    };
    await typed(conn(`first: 101`), "first", /at most 100/);
    await typed(conn(`last: -1`), "last", /0 or more/);
    await typed(conn(`first: 2, last: 2`), "last", /not both/);
    await typed(conn(`after: "bm9wZQ=="`), "after", /not a cursor/);
    await typed(conn(`before: "${Buffer.from("RC:99999999999").toString("base64")}"`), "before", /not a cursor/);
    await typed(conn(`after: "${Buffer.from("GPC:N:1x").toString("base64")}"`), "after", /not a cursor/);
    await typed(conn(`during: { from: "2015-01-01", to: "2010-01-01" }`), "during", /'from' is after 'to'/);
    await typed(`{ organization(slug: "eu") { cooperationsConnection(where: { during: { from: "2015-01-01", to: "2010-01-01" } }) { totalCount } } }`, "where", /'from' is after 'to'/);
    await typed(`{ organization(slug: "eu") { cooperations(during: { from: "2015-01-01", to: "2010-01-01" }) { id } } }`, "during", /'from' is after 'to'/);
    await typed(`{ missions(during: { from: "2015-01-01", to: "2010-01-01" }) { totalCount } }`, "during", /'from' is after 'to'/);
    await typed(`{ missions(during: { from: "2010-01-01" }, filter: { text: "eu" }) { totalCount } }`, "during", /not the older `filter`/);
    await typed(conn(`orderBy: [{ field: KIND }, { field: KIND }, { field: KIND }, { field: KIND }, { field: KIND }]`), "orderBy", /at most 4/);
  });
});

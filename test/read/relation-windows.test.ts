// Relationship lists read through the relation windows (src/read/relation-window.ts): typed fields and the generic
// `relations(kinds:, direction:, first:)` give the answer computed here from the whole tables (ground truth), agree
// between SQLite and PostgreSQL, cost one statement per level (PostgreSQL: two levels in one), and `first: 10` on a
// hub reads 10 rows, not the hub's edges.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entity, Relation } from "../../src/generated/prisma/sqlite/client.js";
import { availableProviders, seededDatabase, type ProviderName, type TestDb } from "../helpers/db.js";
import { gql, testServer, type Yoga } from "../helpers/http.js";

type Direction = "OUT" | "IN" | "BOTH";

/** The lists as computed from whole tables, in the order relationship lists have on `provider`. */
async function groundTruth(t: TestDb, provider: ProviderName) {
  const relations = await t.db.prisma.relation.findMany();
  const entities = new Map<number, Entity>((await t.db.prisma.entity.findMany()).map((e) => [e.id, e]));
  const live = (at: Date | null, asOf: Date | null) => at === null || (asOf !== null && at > asOf);
  // validFrom ascending in the database's own order: NULLs first on SQLite, last on PostgreSQL; then id.
  const nullRank = provider === "sqlite" ? -1 : 1;
  const order = (a: Relation, b: Relation) => {
    if (a.validFrom === null || b.validFrom === null) {
      if (a.validFrom !== b.validFrom) return a.validFrom === null ? nullRank : -nullRank;
    } else if (a.validFrom.getTime() !== b.validFrom.getTime()) return a.validFrom.getTime() - b.validFrom.getTime();
    return a.id - b.id;
  };
  const list = (id: number, kinds: string[], direction: Direction, first: number, asOf: Date | null = null) =>
    relations
      .filter((r) => kinds.includes(r.kind))
      .filter((r) => (direction !== "IN" && r.fromId === id) || (direction !== "OUT" && r.toId === id && !(direction === "BOTH" && r.fromId === id)))
      .filter((r) => live(r.retiredAt, asOf) && live(entities.get(r.fromId)!.retiredAt, asOf) && live(entities.get(r.toId)!.retiredAt, asOf))
      .filter((r) => !asOf || ((r.validFrom === null || r.validFrom <= asOf) && (r.validTo === null || r.validTo >= asOf)))
      .sort(order)
      .slice(0, first)
      .map((r) => ({ relation: r, other: entities.get(r.fromId === id ? r.toId : r.fromId)! }));
  const bySlug = (slug: string) => [...entities.values()].find((e) => e.kind === "ORGANIZATION" && e.slug === slug)!;
  return { list, bySlug };
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** `cooperations` (typed) or the same edges through `relations` (generic), under the response key `cooperations`. */
const coop = (generic: boolean, first: number, inner: string) =>
  generic
    ? `cooperations: relations(kinds: [COOPERATES_WITH], first: ${first}) { ... on Cooperation { ${inner} } }`
    : `cooperations(first: ${first}) { ${inner} }`;

/** 1, 2 or 3 levels of cooperations below the first `roots` organizations. */
const traversal = (generic: boolean, levels: number, firsts = [4, 3, 2], roots = 10) => {
  let inner = "since partner { slug }";
  for (let l = levels - 1; l >= 0; l--) inner = l === 0 ? coop(generic, firsts[l], inner) : `since partner { slug ${coop(generic, firsts[l], inner)} }`;
  return `{ organizations(first: ${roots}) { edges { node { slug ${inner} } } } }`;
};

const providers = await availableProviders();
const answers = new Map<ProviderName, unknown>();

describe.each(providers)("relation windows on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  let truth: Awaited<ReturnType<typeof groundTruth>>;
  const q = <T = any>(query: string) => gql<T>(yoga, t.db, query);

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
    truth = await groundTruth(t, provider);
  }, 120_000);
  afterAll(async () => t?.drop());

  /** The expected cooperations below an organization, `levels` deep, as the traversal query asks them. */
  const expected = (id: number, levels: number, firsts = [4, 3, 2], depth = 0): unknown =>
    truth.list(id, ["COOPERATES_WITH"], "BOTH", firsts[depth]).map(({ relation, other }) => ({
      since: day(relation.validFrom),
      partner: depth + 1 < levels ? { slug: other.slug, cooperations: expected(other.id, levels, firsts, depth + 1) } : { slug: other.slug },
    }));

  it("typed and generic traversals of 1 to 3 levels: the ground truth, one statement per level (PostgreSQL: two levels in one)", async () => {
    for (const levels of [1, 2, 3]) {
      const typed = await q(traversal(false, levels));
      const generic = await q(traversal(true, levels));
      expect(typed.errors).toBeUndefined();
      expect(generic.errors).toBeUndefined();
      const nodes = typed.data.organizations.edges.map((e: any) => e.node);
      expect(nodes.length).toBe(10);
      for (const n of nodes) expect(n.cooperations).toEqual(expected(truth.bySlug(n.slug).id, levels));
      expect(generic.data).toEqual(typed.data);
      // The root list, then one statement per level of lists; on PostgreSQL a level and the last one below it
      // share a statement (a LATERAL window inside a LATERAL window).
      const statements = provider === "postgresql" ? 1 + Math.ceil(levels / 2) : 1 + levels;
      expect({ levels, typed: typed.statements, generic: generic.statements }).toEqual({ levels, typed: statements, generic: statements });
    }
    // At least one list below the first level is not empty, or the comparison proves little.
    const deep = await q(traversal(false, 3));
    expect(JSON.stringify(deep.data).match(/"since"/g)!.length).toBeGreaterThan(30);
  });

  it("the generic field's kinds, direction and asOf: the ground truth, with the same statements as a typed field", async () => {
    const europol = truth.bySlug("europol");
    const cases: { args: string; kinds: string[]; direction: Direction; asOf: Date | null }[] = [
      { args: `kinds: [MEMBER_OF], direction: OUT`, kinds: ["MEMBER_OF"], direction: "OUT", asOf: null },
      { args: `kinds: [COOPERATES_WITH, OVERSEES, MEMBER_OF], direction: BOTH`, kinds: ["COOPERATES_WITH", "OVERSEES", "MEMBER_OF"], direction: "BOTH", asOf: null },
      { args: `direction: IN`, kinds: ALL, direction: "IN", asOf: null },
      { args: `asOf: "2012-06-01"`, kinds: ALL, direction: "BOTH", asOf: new Date("2012-06-01") },
    ];
    for (const c of cases)
      for (const first of [3, 100]) {
        const r = await q(`{ organization(slug: "europol") { relations(${c.args}, first: ${first}) { __typename validFrom from { slug } to { slug } } } }`);
        expect(r.errors).toBeUndefined();
        const want = truth.list(europol.id, c.kinds, c.direction, first, c.asOf);
        expect(r.data.organization.relations.map((x: any) => [x.validFrom, x.from.slug, x.to.slug])).toEqual(
          want.map(({ relation: w }) => [day(w.validFrom), slugOf(w.fromId), slugOf(w.toId)]),
        );
        if (first === 100 && c.direction === "BOTH") expect(want.length).toBeGreaterThan(3);
      }
    // Nested generic lists: on PostgreSQL read with their parent level, as typed ones are.
    const nested = await q(`{ organization(slug: "europol") { relations(kinds: [COOPERATES_WITH], first: 5) { ... on Cooperation { partner {
      relations(kinds: [MEMBER_OF], direction: OUT, first: 2) { ... on Membership { organization { slug } } } } } } } }`);
    expect(nested.errors).toBeUndefined();
    for (const [i, { other }] of truth.list(europol.id, ["COOPERATES_WITH"], "BOTH", 5).entries())
      expect(nested.data.organization.relations[i].partner.relations).toEqual(
        truth.list(other.id, ["MEMBER_OF"], "OUT", 2).map(({ other: o }) => ({ organization: { slug: o.slug } })),
      );
    expect(nested.statements).toBe(provider === "postgresql" ? 2 : 3);
  });

  it("answers the same as the other database (lists complete, order within equal dates aside)", async () => {
    const r = await q(traversal(true, 2, [60, 20], 5));
    expect(r.errors).toBeUndefined();
    // No list is cut by its `first` (where the cut falls would depend on where NULL dates sort).
    for (const e of r.data.organizations.edges) {
      const id = truth.bySlug(e.node.slug).id;
      expect(truth.list(id, ["COOPERATES_WITH"], "BOTH", 1_000).length).toBeLessThan(60);
      for (const { other } of truth.list(id, ["COOPERATES_WITH"], "BOTH", 60)) expect(truth.list(other.id, ["COOPERATES_WITH"], "BOTH", 1_000).length).toBeLessThan(20);
    }
    // NULL dates sort first on SQLite and last on PostgreSQL: compare each list as a set.
    const norm = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(norm).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)])) : v;
    expect(JSON.stringify(r.data).match(/"since"/g)!.length).toBeGreaterThan(20);
    answers.set(provider, norm(r.data));
    if (answers.size === providers.length && providers.length > 1) expect(answers.get("postgresql")).toEqual(answers.get("sqlite"));
  });

  const ALL = ["MEMBER_OF", "PART_OF", "COOPERATES_WITH", "OVERSEES", "MANDATES", "LEADS", "HOSTED_IN", "OF_TYPE", "SUCCEEDS", "WORKS_ON", "USES_TOOL", "REQUIRES", "CONCERNS", "FUNDS", "BASED_ON", "HEADQUARTERED_IN", "LOCATED_IN"];
  let slugs: Map<number, string>;
  const slugOf = (id: number) => slugs.get(id)!;
  beforeAll(async () => {
    slugs = new Map((await t.db.prisma.entity.findMany({ select: { id: true, slug: true } })).map((e) => [e.id, e.slug]));
  });

  it("first: 10 on a hub reads 10 rows, whatever its degree, in typed and generic lists", async () => {
    const p = t.db.prisma;
    const hub = await p.entity.create({ data: { kind: "ORGANIZATION", slug: "test-hub", name: "Test hub", orgKind: "NATIONAL_AGENCY" } });
    const others = await Promise.all(
      Array.from({ length: 40 }, (_, i) => p.entity.create({ data: { kind: "ORGANIZATION", slug: `test-spoke-${i}`, name: `Test spoke ${i}`, orgKind: "NATIONAL_AGENCY" } })),
    );
    const rows = [];
    // 1,600 cooperations each way and 800 memberships, some undated, in no particular id order of dates.
    for (let i = 0; i < 4_000; i++) {
      const other = others[i % others.length].id;
      const kind = i % 5 === 4 ? "MEMBER_OF" : "COOPERATES_WITH";
      const out = i % 2 === 0 || kind === "MEMBER_OF";
      const validFrom = i % 7 === 0 ? null : new Date(Date.UTC(1990 + ((i * 37) % 30), (i * 11) % 12, 1));
      rows.push({ kind, fromId: out ? hub.id : other, toId: out ? other : hub.id, key: `test:hub-${i}`, validFrom });
    }
    await p.relation.createMany({ data: rows });
    const fresh = await groundTruth(t, provider);
    slugs = new Map((await p.entity.findMany({ select: { id: true, slug: true } })).map((e) => [e.id, e.slug]));
    const lists: [string, string[], Direction][] = [
      [`cooperations(first: 10) { since partner { slug } }`, ["COOPERATES_WITH"], "BOTH"],
      [`cooperations: relations(kinds: [COOPERATES_WITH], first: 10) { ... on Cooperation { since partner { slug } } }`, ["COOPERATES_WITH"], "BOTH"],
      [`cooperations: relations(kinds: [COOPERATES_WITH], direction: OUT, first: 10) { ... on Cooperation { since partner { slug } } }`, ["COOPERATES_WITH"], "OUT"],
      [`cooperations: relations(first: 10) { ... on Cooperation { since partner { slug } } ... on Membership { since partner: organization { slug } } }`, ALL, "BOTH"],
    ];
    for (const [field, kinds, direction] of lists) {
      const r = await q(`{ organization(slug: "test-hub") { ${field} } }`);
      expect(r.errors).toBeUndefined();
      const want = fresh.list(hub.id, kinds, direction, 10);
      expect(r.data.organization.cooperations).toEqual(want.map(({ relation, other }) => ({ since: day(relation.validFrom), partner: { slug: other.slug } })));
      // The lookup (one row), then one window whose statement returns the 10 rows asked (each with its partner).
      expect({ field, statements: r.statements, rows: r.rows }).toEqual({ field, statements: 2, rows: 11 });
    }
    // Every edge of the hub is there to be read: 100 are returned when 100 are asked.
    const all = await q(`{ organization(slug: "test-hub") { relations(kinds: [COOPERATES_WITH], first: 100) { id } } }`);
    expect(all.data.organization.relations.length).toBe(100);
    expect(all.rows).toBe(1 + 100); // the lookup, then the window
  });

});

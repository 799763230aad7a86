// <field>Aggregate beside every relationship list: count, groupBy (qualifier, year, decade, other end, a field of the
// other end) and ranges, computed in SQL. Each answer is checked against a ground truth computed here from the plain
// relationship lists with the same where and asOf, on SQLite and PostgreSQL (which must agree); the statements of a
// request are counted (one per aggregate and level, whatever the number of parents).
import { describe, expect, it } from "vitest";
import { gql } from "../helpers/http.js";
import { seededServers } from "../helpers/servers.js";
import { gqlAs, keyFor } from "../resolvers/mutation/helpers.js";

const { providers, servers } = await seededServers();

/** A copy without the fields named (relationship lists, whose order of equal validFrom differs between databases). */
function without(value: unknown, names: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => without(v, names));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !names.has(k)).map(([k, v]) => [k, without(v, names)]));
}

/**
 * The answer of the first database; every database must give the same, but for the fields of `lists` (false:
 * nothing compared).
 */
async function ask<T = any>(query: string, lists: string[] | false = []): Promise<T> {
  const answers: unknown[] = [];
  for (const [p, { t, yoga }] of servers) {
    const res = await gql<T>(yoga, t.db, query);
    expect(res.errors, `${p}: ${JSON.stringify(res.errors)}`).toBeUndefined();
    answers.push(res.data);
  }
  if (lists) {
    const names = new Set(lists);
    for (const a of answers.slice(1)) expect(without(a, names)).toEqual(without(answers[0], names));
  }
  return answers[0] as T;
}

function tally(values: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}
const asMap = (groups: { key: string; count: number }[]) => new Map(groups.map((g) => [g.key, g.count]));
const range = (values: (string | null)[]) => {
  const v = values.filter((x): x is string => x != null).sort();
  return { min: v[0] ?? null, max: v[v.length - 1] ?? null };
};
/** Groups come largest first, then by key, UNKNOWN last. */
function expectOrdered(groups: { key: string; count: number }[]) {
  for (let i = 1; i < groups.length; i++) {
    const [a, b] = [groups[i - 1], groups[i]];
    expect(a.count).toBeGreaterThanOrEqual(b.count);
    if (a.count === b.count) expect(a.key === "UNKNOWN" ? 1 : 0).toBeLessThanOrEqual(b.key === "UNKNOWN" ? 1 : 0);
  }
}

interface Case {
  /** Root connection and its arguments (without first). */
  root: string;
  field: string;
  /** Arguments given to both the list and the aggregate. */
  args: string;
  /** The aggregate's qualifier key, or null when the type has none. */
  qualifier: string;
}

const endKey = (e: { kind: string; slug: string; code?: string }) => (e.kind === "COUNTRY" ? (e.code ?? e.slug) : e.slug);

/**
 * Every parent's aggregate of `field` against the ground truth of its list: count, qualifier, year and decade of
 * validFrom, other end, kind of the other end, ranges of validFrom and validTo.
 */
async function checkAgainstList(c: Case) {
  const end = `kind slug ... on Country { code }`;
  const argList = c.args ? `(${c.args})` : "";
  const agg = await ask(`{ ${c.root} { edges { node { kind slug ${c.field}Aggregate${argList} {
      count validFrom { min max } validTo { min max }
      q: groupBy(by: ${c.qualifier}) { key count }
      y: groupBy(by: VALID_FROM_YEAR) { key count } d: groupBy(by: VALID_FROM_DECADE) { key count }
      o: groupBy(by: OTHER) { key label count entity { ${end} name } } k: groupBy(by: OTHER_KIND) { key count } } } } } }`);
  const list = await ask(`{ ${c.root} { edges { node { slug ${c.field}${argList} {
      subtype validFrom validTo from { ${end} } to { ${end} } } } } } }`, false);
  const listBySlug = new Map(list[Object.keys(list)[0]].edges.map((e: any) => [e.node.slug, e.node[c.field]]));
  const nodes = agg[Object.keys(agg)[0]].edges.map((e: any) => e.node);
  expect(nodes.length).toBe(listBySlug.size);
  let total = 0;
  for (const n of nodes) {
    const rels = listBySlug.get(n.slug) as any[];
    const a = n[`${c.field}Aggregate`];
    const where = `${c.root} ${n.slug}.${c.field}`;
    expect(a.count, where).toBe(rels.length);
    total += rels.length;
    expect(asMap(a.q), where).toEqual(tally(rels.map((r) => r.subtype ?? "UNKNOWN")));
    expect(asMap(a.y), where).toEqual(tally(rels.map((r) => (r.validFrom ? r.validFrom.slice(0, 4) : "UNKNOWN"))));
    expect(asMap(a.d), where).toEqual(tally(rels.map((r) => (r.validFrom ? `${r.validFrom.slice(0, 3)}0` : "UNKNOWN"))));
    // The other end: the `to` unless the parent is it (a self-loop has the parent at both ends).
    const isParent = (e: any) => e.kind === n.kind && e.slug === n.slug;
    const others = rels.map((r) => (isParent(r.from) ? r.to : r.from));
    for (const r of rels) expect(isParent(r.from) || isParent(r.to)).toBe(true);
    expect(asMap(a.o), where).toEqual(tally(others.map(endKey)));
    for (const b of a.o) expect(endKey(b.entity)).toBe(b.key);
    for (const b of a.o) expect(b.label).toBe(b.entity.name);
    expect(asMap(a.k), where).toEqual(tally(others.map((o: any) => o.kind)));
    expect(a.validFrom, where).toEqual(range(rels.map((r) => r.validFrom)));
    expect(a.validTo, where).toEqual(range(rels.map((r) => r.validTo)));
    for (const g of [a.q, a.y, a.d, a.o, a.k]) expectOrdered(g);
  }
  return total;
}

describe.runIf(providers.length > 0)("aggregates of relationship lists", () => {
  it("count, groupBy qualifier / year / decade / other end and the ranges equal what the lists hold", async () => {
    // Both directions (cooperations), the `to` side (leadBodies), the `from` side (memberships of countries).
    expect(await checkAgainstList({ root: "organizations(first: 100)", field: "cooperations", args: "", qualifier: "COOPERATION_KIND" })).toBeGreaterThan(20);
    expect(await checkAgainstList({ root: "missions(first: 100)", field: "leadBodies", args: "", qualifier: "ROLE" })).toBeGreaterThan(30);
    expect(await checkAgainstList({ root: "organizations(first: 100)", field: "leads", args: "", qualifier: "ROLE" })).toBeGreaterThan(30);
    expect(
      await checkAgainstList({ root: "countries(first: 100, where: { memberships: { exists: true } })", field: "memberships", args: "", qualifier: "STATUS" }),
    ).toBeGreaterThan(20);
    expect(await checkAgainstList({ root: "organizations(first: 100)", field: "overseenBy", args: "", qualifier: "OVERSIGHT_KIND" })).toBeGreaterThan(10);
  });

  it("respects where and asOf exactly as the lists do", async () => {
    const cases: Case[] = [
      { root: "organizations(first: 100)", field: "leads", args: `asOf: "2005-06-01"`, qualifier: "ROLE" },
      { root: "organizations(first: 100)", field: "cooperations", args: `where: { cooperationKind: { equals: "AGREEMENT" } }`, qualifier: "COOPERATION_KIND" },
      {
        root: "missions(first: 100)",
        field: "hostCountries",
        args: `where: { other: { country: { region: { equals: "Africa" } } } }, asOf: "2010-01-01"`,
        qualifier: "SUBTYPE",
      },
      {
        root: "organizations(first: 100)",
        field: "cooperations",
        args: `where: { OR: [{ validFrom: { lt: "2005-01-01" } }, { source: { kind: { equals: PUBLIC } } }], other: { organization: { organizationKind: { equals: SUPRANATIONAL_EU_AGENCY } } } }`,
        qualifier: "COOPERATION_KIND",
      },
    ];
    const totals = [];
    for (const c of cases) totals.push(await checkAgainstList(c));
    expect(totals.every((n) => n > 0), JSON.stringify(totals)).toBe(true);
    // The filters bite: fewer than without them.
    const all = await ask(`{ organization(slug: "un") { leadsAggregate { count } then: leadsAggregate(asOf: "2005-06-01") { count } } }`);
    expect(all.organization.then.count).toBeLessThan(all.organization.leadsAggregate.count);
  });

  it("keeps roles apart: a participant is not counted as a lead unless asked", async () => {
    const a = await ask(`{ mission(slug: "ramsi") {
      leadBodiesAggregate { count groupBy(by: ROLE) { key count } }
      leads: leadBodiesAggregate(where: { role: { equals: "LEAD_NATION" } }) { count groupBy(by: OTHER) { key } }
      participants: leadBodiesAggregate(where: { role: { equals: "PARTICIPANT" } }) { count groupBy(by: OTHER) { key } }
      leadBodies { role organization { slug } } } }`, ["leadBodies"]);
    const m = a.mission;
    // RAMSI: Australia the lead nation, the Pacific Islands Forum a participant (data/relations/missions.yaml, F261).
    expect(asMap(m.leadBodiesAggregate.groupBy)).toEqual(tally(m.leadBodies.map((l: any) => l.role)));
    expect(asMap(m.leadBodiesAggregate.groupBy)).toEqual(new Map([["LEAD_NATION", 1], ["PARTICIPANT", 1]]));
    expect(m.leads).toEqual({ count: 1, groupBy: [{ key: "aus" }] });
    expect(m.participants).toEqual({ count: 1, groupBy: [{ key: "pif" }] });
    // Per body, over every mission: LEAD and PARTICIPANT never merge.
    const orgs = await ask(`{ organizations(first: 100, where: { leads: { exists: true } }) { edges { node { slug
      leadsAggregate { groupBy(by: ROLE) { key count } } leads { role } } } } }`, ["leads"]);
    for (const { node } of orgs.organizations.edges) expect(asMap(node.leadsAggregate.groupBy), node.slug).toEqual(tally(node.leads.map((l: any) => l.role)));
    const pif = orgs.organizations.edges.find((e: any) => e.node.slug === "pif").node;
    expect(pif.leadsAggregate.groupBy).toEqual([{ key: "PARTICIPANT", count: 1 }]);
  });

  it("groups by a field of the other end, and the generic relationsAggregate by kind", async () => {
    const a = await ask(`{ organization(slug: "un") {
      leadsAggregate { groupBy(by: OTHER_EXECUTIVE) { key count } }
      leads { mission: led { ... on Mission { executive } } }
      cooperationsAggregate { groupBy(by: OTHER_ORGANIZATION_KIND) { key count } }
      cooperations { partner { organizationKind } }
      relationsAggregate { count groupBy(by: KIND) { key count } }
      relations(first: 100) { kind }
      some: relationsAggregate(kinds: [LEADS, PART_OF], direction: OUT) { count groupBy(by: QUALIFIER) { key count } }
      out: relations(kinds: [LEADS, PART_OF], direction: OUT, first: 100) { subtype } } }`, ["leads", "cooperations", "relations", "out"]);
    const o = a.organization;
    expect(asMap(o.leadsAggregate.groupBy)).toEqual(tally(o.leads.map((l: any) => (l.mission.executive == null ? "UNKNOWN" : String(l.mission.executive)))));
    expect(asMap(o.cooperationsAggregate.groupBy)).toEqual(tally(o.cooperations.map((c: any) => c.partner.organizationKind)));
    expect(o.relationsAggregate.count).toBe(o.relations.length);
    expect(asMap(o.relationsAggregate.groupBy)).toEqual(tally(o.relations.map((r: any) => r.kind)));
    expect(o.some.count).toBe(o.out.length);
    expect(asMap(o.some.groupBy)).toEqual(tally(o.out.map((r: any) => r.subtype ?? "UNKNOWN")));
  });

  it("takes `during` as the lists' overlaps condition, and the ranges of numeric qualifiers", async () => {
    const a = await ask(`{ organizations(first: 100) { edges { node { slug
      during: cooperationsAggregate(during: { from: "2000-01-01", to: "2009-12-31" }) { count groupBy(by: OTHER) { key count } }
      cooperations(where: { overlaps: { from: "2000-01-01", to: "2009-12-31" } }) { partner { slug } }
      open: cooperationsAggregate(during: { from: "2015-01-01" }) { count }
      later: cooperations(where: { overlaps: { from: "2015-01-01" } }) { validFrom } } } } }`, ["cooperations", "later"]);
    let n = 0;
    for (const { node } of a.organizations.edges) {
      expect(node.during.count, node.slug).toBe(node.cooperations.length);
      expect(asMap(node.during.groupBy)).toEqual(tally(node.cooperations.map((c: any) => c.partner.slug)));
      expect(node.open.count, node.slug).toBe(node.later.length);
      n += node.during.count;
    }
    expect(n).toBeGreaterThan(0);
    // REQUIRES carries min/max (years of experience ...): their ranges, from the list.
    const r = await ask(`{ organizations(first: 100, where: { requirements: { exists: true } }) { edges { node { slug
      requirementsAggregate { count min { min max } max { min max } } requirements { min max } } } } }`, ["requirements"]);
    let withNumbers = 0;
    for (const { node } of r.organizations.edges) {
      const nums = (k: "min" | "max") => node.requirements.map((x: any) => x[k]).filter((v: any) => v != null) as number[];
      const expected = (k: "min" | "max") => (nums(k).length ? { min: Math.min(...nums(k)), max: Math.max(...nums(k)) } : { min: null, max: null });
      expect(node.requirementsAggregate.count).toBe(node.requirements.length);
      expect(node.requirementsAggregate.min, node.slug).toEqual(expected("min"));
      expect(node.requirementsAggregate.max, node.slug).toEqual(expected("max"));
      if (nums("min").length) withNumbers++;
    }
    expect(withNumbers).toBeGreaterThan(0);
  });

  it.each(providers)("reads each aggregate in one statement per level, whatever the number of parents (%s)", async (p) => {
    const { t, yoga } = servers.get(p)!;
    const q = (first: number) => `{ organizations(first: ${first}, where: { leads: { exists: true } }) { edges { node { slug
      cooperationsAggregate(asOf: "2010-01-01") { count validFrom { min } byKind: groupBy(by: COOPERATION_KIND) { key count }
        partners: groupBy(by: OTHER, first: 3) { key entity { name } } }
      leads { led { ... on Mission { hostCountriesAggregate { count groupBy(by: OTHER) { key } } } } } } } } }`;
    const few = await gql(yoga, t.db, q(2));
    const many = await gql(yoga, t.db, q(100));
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    // Beyond the lists (organizations, their leads with the missions at the other end), one statement each for the
    // cooperations' count and range, each of their groupBy (2), the missions' hostCountries count and its groupBy:
    // the other ends of OTHER groups come with their groups.
    expect(many.statements).toBe(few.statements);
    const list = await gql(yoga, t.db, `{ organizations(first: 100, where: { leads: { exists: true } }) { edges { node { slug leads { led { ... on Mission { slug } } } } } } }`);
    expect(many.statements - list.statements).toBe(5);
    const withCooperations = (many.data as any).organizations.edges.filter((e: any) => e.node.cooperationsAggregate.count > 0);
    expect(withCooperations.length).toBeGreaterThan(2);
  });

  it("is priced by the cost analysis, nested ones multiplied by their parents", async () => {
    const [p] = providers;
    const { t, yoga } = servers.get(p)!;
    const q = (first: number) => `{ organizations(first: ${first}) { edges { node { cooperationsAggregate {
      groupBy(by: OTHER, first: 100) { key entity { name } } } } } } }`;
    const ok = await gql(yoga, t.db, q(10));
    expect(ok.errors).toBeUndefined();
    const costly = await gql(yoga, t.db, q(100));
    expect(costly.status).toBe(400);
    expect(costly.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", kind: "complexity" });
    expect(costly.errors?.[0].extensions?.rows).toBeGreaterThan(20_000);
  });

  it("answers bad input with typed errors", async () => {
    const [p] = providers;
    const { t, yoga } = servers.get(p)!;
    const bad = async (query: string) => {
      const res = await gql(yoga, t.db, query);
      expect(res.errors?.length, query).toBeGreaterThan(0);
      return res.errors![0];
    };
    expect((await bad(`{ organization(slug: "un") { leadsAggregate(during: { from: "2010-01-01", to: "2000-01-01" }) { count } } }`)).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argument: "during",
    });
    expect((await bad(`{ organization(slug: "un") { leadsAggregate { groupBy(by: ROLE, first: 101) { key } } } }`)).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argument: "first",
    });
    expect((await bad(`{ organization(slug: "un") { leadsAggregate { groupBy(by: ROLE, first: -1) { key } } } }`)).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argument: "first",
    });
    expect((await bad(`{ organization(slug: "un") { leadsAggregate(where: { role: {} }) { count } } }`)).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argument: "where",
    });
    expect((await bad(`{ organization(slug: "un") { leadsAggregate(asOf: "2010-02-30") { count } } }`)).extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    // More than graphql-js's 50 errors in one variable: still the client's mistake, with a code.
    const many = await gql(yoga, t.db, `query($w: LeadershipWhere) { organization(slug: "un") { leadsAggregate(where: $w) { count } } }`, {
      w: { AND: Array.from({ length: 60 }, () => ({ validFrom: { lt: "not a date" } })) },
    });
    expect(many.errors!.map((e) => e.extensions?.code)).toEqual(many.errors!.map(() => "BAD_USER_INPUT"));
    expect(many.errors!.some((e) => /Too many errors/.test(e.message))).toBe(true);
    expect(many.statements).toBe(0);
    // A key of another relationship type, or a where field of another type: refused by validation.
    expect((await bad(`{ organization(slug: "un") { leadsAggregate { groupBy(by: COOPERATION_KIND) { key } } } }`)).extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
    });
    expect((await bad(`{ organization(slug: "un") { leadsAggregate(where: { cooperationKind: { equals: "AGREEMENT" } }) { count } } }`)).extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
    });
  });

  it("leaves a retired relationship out, except asOf before its retirement (as the lists)", async () => {
    const q = (asOf: string) => `{ organization(slug: "un") { leadsAggregate${asOf} { count groupBy(by: OTHER) { key count } } leads${asOf} { led { slug } } } }`;
    const before = await ask(q(""), ["leads"]);
    for (const [, { t, yoga }] of servers) {
      const admin = await keyFor(t.db, "ADMIN", "agg-test");
      const res = await gqlAs(yoga, null, `{ organization(slug: "un") { leads { id led { slug } } } }`);
      const unmik = res.data.organization.leads.find((l: any) => l.led.slug === "unmik").id;
      const retired = await gqlAs(
        yoga,
        admin,
        `mutation($input: RetireRelationshipInput!) { retireRelationship(input: $input) { userErrors { message } } }`,
        { input: { id: unmik, reason: "test of aggregates", sources: [{ source: "un-reports" }] } },
      );
      expect(retired.errors).toBeUndefined();
      expect(retired.data.retireRelationship.userErrors).toEqual([]);
    }
    const after = await ask(q(""), ["leads"]);
    expect(after.organization.leadsAggregate.count).toBe(before.organization.leadsAggregate.count - 1);
    expect(after.organization.leadsAggregate.count).toBe(after.organization.leads.length);
    expect(after.organization.leadsAggregate.groupBy.map((g: any) => g.key)).not.toContain("unmik");
    // Before the retirement (today), on a day UNMIK was led by the UN: counted again, as the list shows it.
    const past = await ask(q(`(asOf: "2005-01-01")`), ["leads"]);
    expect(past.organization.leadsAggregate.groupBy.map((g: any) => g.key)).toContain("unmik");
    expect(asMap(past.organization.leadsAggregate.groupBy)).toEqual(tally(past.organization.leads.map((l: any) => l.led.slug)));
  });
});

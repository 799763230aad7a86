// <kind>Aggregate(where:): count, groupBy and ranges computed in SQL, checked against counting the connection's
// answer in the test, on SQLite and PostgreSQL (which must agree).
import { describe, expect, it } from "vitest";
import { gql } from "../helpers/http.js";
import { seededServers } from "../helpers/servers.js";

const { providers, servers } = await seededServers();

async function ask<T = any>(query: string, agree = true): Promise<T> {
  const answers: unknown[] = [];
  for (const [p, { t, yoga }] of servers) {
    const res = await gql<T>(yoga, t.db, query);
    expect(res.errors, `${p}: ${JSON.stringify(res.errors)}`).toBeUndefined();
    answers.push(res.data);
  }
  if (agree) for (const a of answers.slice(1)) expect(a).toEqual(answers[0]);
  return answers[0] as T;
}

function tally(values: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}
const asMap = (groups: { key: string; count: number }[]) => new Map(groups.map((g) => [g.key, g.count]));

describe.runIf(providers.length > 0)("aggregates of every kind", () => {
  it("count, groupBy a field and a range, as counting the connection gives", async () => {
    const where = `{ foundedYear: { isNull: false } }`;
    const a = await ask(`{ organizationsAggregate(where: ${where}) { count groupBy(by: ORGANIZATION_KIND) { key count }
      decades: groupBy(by: FOUNDED_YEAR_DECADE) { key count } foundedYear { min max } } }`);
    const list = await ask(`{ organizations(first: 100, where: ${where}) { totalCount edges { node { organizationKind foundedYear } } } }`);
    const nodes = list.organizations.edges.map((e: any) => e.node);
    const agg = a.organizationsAggregate;
    expect(agg.count).toBe(list.organizations.totalCount);
    expect(agg.count).toBeGreaterThan(10);
    expect(asMap(agg.groupBy)).toEqual(tally(nodes.map((n: any) => n.organizationKind)));
    expect(asMap(agg.decades)).toEqual(tally(nodes.map((n: any) => String(Math.floor(n.foundedYear / 10) * 10))));
    const years = nodes.map((n: any) => n.foundedYear);
    expect(agg.foundedYear).toEqual({ min: Math.min(...years), max: Math.max(...years) });
    // Largest group first.
    const counts = agg.groupBy.map((g: any) => g.count);
    expect(counts).toEqual([...counts].sort((x: number, y: number) => y - x));
  });

  it("groups by the entity at the other end of a relationship, each entity once per group, roles kept apart", async () => {
    const a = await ask(`{ missionsAggregate { hosts: groupBy(by: HOST_COUNTRIES) { key count entity { name } }
      leads: groupBy(by: LEAD_BODIES, where: { qualifier: { equals: "LEAD" } }) { key count }
      anyRole: groupBy(by: LEAD_BODIES) { key count }
      decades: groupBy(by: START_DATE_DECADE) { key count } startDate { min max } } }`);
    const list = await ask(
      `{ missions(first: 100) { totalCount edges { node { startDate hostCountries { country { code } } leadBodies { organization { slug } role } } } } }`,
      false,
    );
    const missions = list.missions.edges.map((e: any) => e.node);
    expect(list.missions.totalCount).toBeLessThanOrEqual(100);
    const agg = a.missionsAggregate;
    expect(asMap(agg.hosts)).toEqual(tally(missions.flatMap((m: any) => [...new Set(m.hostCountries.map((h: any) => h.country.code))] as string[])));
    expect(agg.hosts[0].entity.name.length).toBeGreaterThan(0);
    const leads = tally(missions.flatMap((m: any) => [...new Set(m.leadBodies.filter((l: any) => l.role === "LEAD").map((l: any) => l.organization.slug))] as string[]));
    expect(asMap(agg.leads)).toEqual(leads);
    const any = tally(missions.flatMap((m: any) => [...new Set(m.leadBodies.map((l: any) => l.organization.slug))] as string[]));
    expect(asMap(agg.anyRole)).toEqual(any);
    expect([...any.values()].reduce((x, y) => x + y, 0)).toBeGreaterThan([...leads.values()].reduce((x, y) => x + y, 0));
    const dated = missions.filter((m: any) => m.startDate);
    const decades = tally(dated.map((m: any) => `${m.startDate.slice(0, 3)}0`));
    if (dated.length < missions.length) decades.set("UNKNOWN", missions.length - dated.length);
    expect(asMap(agg.decades)).toEqual(decades);
    const starts = dated.map((m: any) => m.startDate).sort();
    expect(agg.startDate).toEqual({ min: starts[0], max: starts[starts.length - 1] });
  });

  it("respects the where and reads each aggregate in one statement (plus one for a relationship group's entities)", async () => {
    const [p] = providers;
    const { t, yoga } = servers.get(p)!;
    const res = await gql(yoga, t.db, `{ missionsAggregate(where: { leadBodies: { some: { other: { slug: { equals: "un" } } } } }) { count } }`);
    expect(res.errors).toBeUndefined();
    expect(res.statements).toBe(1);
    const list = await gql(yoga, t.db, `{ missions(first: 100, where: { leadBodies: { some: { other: { slug: { equals: "un" } } } } }) { totalCount } }`);
    expect((res.data as any).missionsAggregate.count).toBe((list.data as any).missions.totalCount);
    const grouped = await gql(yoga, t.db, `{ missionsAggregate { groupBy(by: HOST_COUNTRIES) { key entity { slug } } } }`);
    expect(grouped.statements).toBe(2);
  });

  it("refuses a relationship where on a field key and too many groups", async () => {
    const [p] = providers;
    const { t, yoga } = servers.get(p)!;
    const bad = await gql(yoga, t.db, `{ missionsAggregate { groupBy(by: EXECUTIVE, where: { qualifier: { equals: "LEAD" } }) { key } } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where" });
    const many = await gql(yoga, t.db, `{ missionsAggregate { groupBy(by: EXECUTIVE, first: 101) { key } } }`);
    expect(many.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
  });
});

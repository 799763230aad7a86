// The `where` language on root connections: realistic questions answered in SQL, checked against the same question
// answered by filtering the full nested answer in the test, on SQLite and PostgreSQL (and both must agree), plus
// pagination, statement counts and the typed errors of bad filters.
import { describe, expect, it } from "vitest";
import { gql } from "../helpers/http.js";
import { askEvery, seededServers } from "../helpers/servers.js";

const { providers, servers } = await seededServers();

/** Runs a query on every database; fails on errors; returns the first database's data after checking all agree. */
async function ask<T = any>(query: string, variables?: Record<string, unknown>, agree = true): Promise<T> {
  return askEvery<T>(servers, query, variables, agree ? undefined : false);
}

async function errorOf(query: string) {
  const [p] = providers;
  const { t, yoga } = servers.get(p)!;
  const res = await gql(yoga, t.db, query);
  expect(res.data?.organizations ?? null).toBeNull();
  return { status: res.status, error: res.errors?.[0] };
}

const slugs = (conn: { edges: { node: { slug: string } }[] }) => conn.edges.map((e) => e.node.slug);

/**
 * Every organization with its cooperations, partners, periods and sources: the ground truth filtered below (the
 * order of a relationship list with undated rows differs between the databases, so only the first is read).
 */
async function allOrganizations() {
  // Pages of 10: the whole nested answer at once would exceed the row budget (docs/limits.md).
  const all: any[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await ask<any>(`query($after: String) {
      organizations(first: 10, after: $after) { pageInfo { hasNextPage endCursor } edges { node { slug organizationKind executivePowers foundedYear
        cooperations(first: 100) { partner { slug } since until cooperationKind agreement sources { kind slug } }
        overseenBy(first: 100) { overseer { slug } oversightKind }
        partOf(first: 100) { whole { slug } }
      } } }
    }`, { after }, false);
    all.push(...data.organizations.edges.map((e: any) => e.node));
    if (!data.organizations.pageInfo.hasNextPage) return all;
    after = data.organizations.pageInfo.endCursor;
  }
}

describe.runIf(providers.length > 0)("where on root connections", () => {
  it("cooperation agreements with INTERPOL that began before 2010, on a public source", async () => {
    const q = await ask(`{ organizations(first: 100, where: { cooperations: { some: {
      other: { slug: { equals: "interpol" } }, agreement: { isNull: false }, validFrom: { lt: "2010-01-01" },
      source: { kind: { equals: PUBLIC } } } } }) { totalCount edges { node { slug } } } }`);
    const expected = (await allOrganizations())
      .filter((o: any) =>
        o.cooperations.some(
          (c: any) => c.partner.slug === "interpol" && c.agreement !== null && c.since !== null && c.since < "2010-01-01" && c.sources.some((s: any) => s.kind === "PUBLIC"),
        ),
      )
      .map((o: any) => o.slug)
      .sort();
    expect(expected).toContain("europol");
    expect([...slugs(q.organizations)].sort()).toEqual(expected);
    expect(q.organizations.totalCount).toBe(expected.length);
  });

  it("none and all over a relationship, with AND / OR / NOT", async () => {
    const all = await allOrganizations();
    const parliamentary = (o: any) => o.overseenBy.some((x: any) => x.oversightKind === "PARLIAMENTARY");
    const none = await ask(`{ organizations(first: 100, where: { overseenBy: { none: { oversightKind: { equals: PARLIAMENTARY } } } }) { edges { node { slug } } } }`);
    expect([...slugs(none.organizations)].sort()).toEqual(all.filter((o: any) => !parliamentary(o)).map((o: any) => o.slug).sort());

    // all: vacuously true without cooperations; `exists: true` rules those out.
    const allAgreements = await ask(`{ organizations(first: 100, where: { AND: [
      { cooperations: { all: { cooperationKind: { equals: "AGREEMENT" } } } }, { cooperations: { exists: true } } ] }) { edges { node { slug } } } }`);
    expect([...slugs(allAgreements.organizations)].sort()).toEqual(
      all.filter((o: any) => o.cooperations.length > 0 && o.cooperations.every((c: any) => c.cooperationKind === "AGREEMENT")).map((o: any) => o.slug).sort(),
    );

    const mixed = await ask(`{ organizations(first: 100, where: { OR: [
      { executivePowers: { equals: true } }, { NOT: { foundedYear: { lt: 2000 } }, foundedYear: { isNull: false } } ] }) { edges { node { slug } } } }`);
    expect([...slugs(mixed.organizations)].sort()).toEqual(
      all.filter((o: any) => o.executivePowers === true || (o.foundedYear !== null && o.foundedYear >= 2000)).map((o: any) => o.slug).sort(),
    );
  });

  it("missions led by an EU body (the EU or a part of it), through the entity at the other end, recursively", async () => {
    const q = await ask(`{ missions(first: 50, where: { leadBodies: { some: { other: { organization: { OR: [
      { slug: { equals: "eu" } }, { partOf: { some: { other: { slug: { equals: "eu" } } } } } ] } } } } }) {
      edges { node { slug leadBodies { organization { slug partOf { whole { slug } } } } } } } }`);
    const found = q.missions.edges.map((e: any) => e.node);
    expect(found.length).toBeGreaterThan(3);
    expect(found.map((m: any) => m.slug)).toContain("eulex-kosovo");
    for (const m of found)
      expect(m.leadBodies.some((l: any) => l.organization.slug === "eu" || l.organization.partOf.some((p: any) => p.whole.slug === "eu"))).toBe(true);
  });

  it("text operators ignore case and take % and _ literally", async () => {
    const q = await ask(`{ organizations(first: 100, where: { name: { contains: "POLICE" } }) { edges { node { slug name } } } }`);
    expect(q.organizations.edges.length).toBeGreaterThan(0);
    for (const e of q.organizations.edges) expect(e.node.name.toLowerCase()).toContain("police");
    const wild = await ask(`{ organizations(first: 100, where: { name: { contains: "%" } }) { totalCount } }`);
    expect(wild.organizations.totalCount).toBe(0);
    const under = await ask(`{ organizations(first: 100, where: { slug: { startsWith: "_" } }) { totalCount } }`);
    expect(under.organizations.totalCount).toBe(0);
  });

  it("pages forward and backward with cursors, in a stable order with NULLs last", async () => {
    const query = `query($first: Int, $after: String, $last: Int, $before: String) {
      organizations(first: $first, after: $after, last: $last, before: $before, orderBy: [{ field: FOUNDED, direction: ASC }],
        where: { organizationKind: { not: NATIONAL_AGENCY } }) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug foundedYear } } } }`;
    const whole = (await ask<any>(query, { first: 100 })).organizations;
    const years = whole.edges.map((e: any) => e.node.foundedYear);
    const firstNull = years.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(years.slice(firstNull).every((y: number | null) => y === null)).toBe(true);
    const dated = years.slice(0, firstNull);
    expect(dated).toEqual([...dated].sort((a: number, b: number) => a - b));

    const pages: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await ask<any>(query, { first: 7, after })).organizations;
      pages.push(...slugs(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toEqual(slugs(whole));

    const back: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: any = (await ask<any>(query, { last: 5, before })).organizations;
      back.unshift(...slugs(page));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(back).toEqual(slugs(whole));
  });

  it("reads a page in one statement and its count in one more, whatever the predicates", async () => {
    const [p] = providers;
    const { t, yoga } = servers.get(p)!;
    const page = await gql(yoga, t.db, `{ organizations(first: 10, where: { cooperations: { some: { other: { organization: { overseenBy: { exists: true } } } } } }) { edges { node { slug } } } }`);
    expect(page.errors).toBeUndefined();
    expect(page.statements).toBe(1);
    const counted = await gql(yoga, t.db, `{ organizations(first: 10, where: { cooperations: { some: { source: { fact: "F033" } } } }) { totalCount edges { node { slug } } } }`);
    expect(counted.errors).toBeUndefined();
    expect(counted.statements).toBe(2);
  });

  it("filters relationship lists too: the same relationships as filtering the whole list, at most `first` each", async () => {
    const all = await allOrganizations();
    const q = await ask(`{ organizations(first: 100) { edges { node { slug
      cooperations(where: { OR: [{ cooperationKind: { equals: "AGREEMENT" } }, { other: { slug: { equals: "interpol" } } }] }) { partner { slug } cooperationKind }
      firstParliamentary: overseenBy(first: 1, where: { oversightKind: { equals: PARLIAMENTARY } }) { overseer { slug } }
    } } } }`, undefined, false);
    const bySlug = new Map(all.map((o: any) => [o.slug, o]));
    let nonEmpty = 0;
    for (const { node } of q.organizations.edges) {
      const whole: any = bySlug.get(node.slug);
      const expected = whole.cooperations.filter((c: any) => c.cooperationKind === "AGREEMENT" || c.partner.slug === "interpol");
      const key = (c: any) => `${c.partner.slug}/${c.cooperationKind}`;
      expect(node.cooperations.map(key).sort()).toEqual(expected.map(key).sort());
      if (expected.length) nonEmpty++;
      const parliaments = whole.overseenBy.filter((x: any) => x.oversightKind === "PARLIAMENTARY");
      expect(node.firstParliamentary.length).toBe(Math.min(1, parliaments.length));
      if (node.firstParliamentary.length) expect(parliaments.map((x: any) => x.overseer.slug)).toContain(node.firstParliamentary[0].overseer.slug);
    }
    expect(nonEmpty).toBeGreaterThan(3);
  });

  it("reads a filtered relationship list in one statement per level, whatever the number of parents", async () => {
    const [p] = providers;
    const { t, yoga } = servers.get(p)!;
    const query = (n: number) => `{ organizations(first: ${n}) { edges { node { slug cooperations(where: { validFrom: { gte: "2000-01-01" } }) { partner { slug } } } } } }`;
    const few = await gql(yoga, t.db, query(3));
    const many = await gql(yoga, t.db, query(100));
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(4);
  });

  it("refuses bad filters with typed errors naming the argument, before any SQL", async () => {
    const both = await errorOf(`{ organizations(filter: { text: "pol" }, where: { slug: { equals: "europol" } }) { totalCount } }`);
    expect(both.error).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "where" } });
    const inverted = await errorOf(`{ organizations(where: { cooperations: { some: { overlaps: { from: "2010-01-01", to: "2001-01-01" } } } }) { totalCount } }`);
    expect(inverted.error?.message).toMatch(/'from' is after 'to'/);
    expect(inverted.error?.extensions?.code).toBe("BAD_USER_INPUT");
    let deep = `{ slug: { equals: "x" } }`;
    for (let i = 0; i < 9; i++) deep = `{ partOf: { some: { other: { organization: ${deep} } } } }`;
    const tooDeep = await errorOf(`{ organizations(where: ${deep}) { totalCount } }`);
    expect(tooDeep.error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooDeep.error?.message).toMatch(/nests \d+ levels; at most 8/);
    const empty = await errorOf(`{ organizations(where: { cooperations: {} }) { totalCount } }`);
    expect(empty.error?.message).toMatch(/names no quantifier/);
    const many = await errorOf(`{ organizations(where: { slug: { in: [${Array.from({ length: 101 }, (_, i) => `"s${i}"`).join(",")}] } }) { totalCount } }`);
    expect(many.error?.message).toMatch(/at most 100/);
    const badId = await errorOf(`{ organizations(where: { id: { equals: "bm9wZQ==" } }) { totalCount } }`);
    expect(badId.error?.extensions?.code).toBe("BAD_USER_INPUT");
    const badFact = await errorOf(`{ organizations(where: { cooperations: { some: { source: { fact: "%" } } } }) { totalCount } }`);
    expect(badFact.error?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

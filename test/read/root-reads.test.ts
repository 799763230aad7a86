// Root lookups, the `filter` connections, sources and the provenance loaders read through the planner (Kysely):
// answers checked against ground truth computed here from whole lists and from data/, on SQLite and PostgreSQL
// (which must agree), with the SQL statements each request issues.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gql, type GqlResult } from "../helpers/http.js";
import { seededServers } from "../helpers/servers.js";

const { providers, servers } = await seededServers();

/** Runs a query on every database; fails on errors; checks all agree; returns each database's result. */
async function ask(query: string, variables?: Record<string, unknown>): Promise<GqlResult<any>[]> {
  const results: GqlResult<any>[] = [];
  for (const [p, { t, yoga }] of servers) {
    const res = await gql<any>(yoga, t.db, query, variables);
    expect(res.errors, `${p}: ${JSON.stringify(res.errors)}`).toBeUndefined();
    results.push(res);
  }
  for (const r of results.slice(1)) expect(r.data).toEqual(results[0].data);
  return results;
}

const idOf = (globalId: string) => Number(Buffer.from(globalId, "base64").toString("utf8").split(":")[1]);
const b64 = (s: string) => Buffer.from(s).toString("base64");
const nodesOf = (conn: { edges: { node: any }[] }) => conn.edges.map((e) => e.node);

/** Every organization (pages of 100), with what the text filter and the orders look at. */
async function allOrganizations() {
  const all: any[] = [];
  let after: string | null = null;
  for (;;) {
    const [{ data }]: GqlResult<any>[] = await ask(
      `query($after: String) { organizations(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
        edges { node { id slug name acronym aliases description foundedYear } } } }`,
      { after },
    );
    all.push(...data.organizations.edges.map((e: any) => e.node));
    if (!data.organizations.pageInfo.hasNextPage) return all;
    after = data.organizations.pageInfo.endCursor;
  }
}

describe.runIf(providers.length > 0)("root reads through the planner", () => {
  it("a filtered list paged by cursor, forwards and backwards, is the whole list in its order", async () => {
    const text = "police";
    const hay = (o: any) => [o.name, o.acronym, ...o.aliases, o.description, o.slug].filter(Boolean).join("\n").toLowerCase();
    // FOUNDED descending: undated bodies first (NULLs last ascending, first descending), then by id.
    const expected = (await allOrganizations())
      .filter((o) => hay(o).includes(text))
      .sort((a, b) => (a.foundedYear === b.foundedYear ? 0 : a.foundedYear == null ? -1 : b.foundedYear == null ? 1 : b.foundedYear - a.foundedYear) || idOf(a.id) - idOf(b.id))
      .map((o) => o.slug);
    expect(expected.length).toBeGreaterThan(8);

    const order = `orderBy: [{ field: FOUNDED, direction: DESC }]`;
    const forwards: string[] = [];
    let after: string | null = null;
    for (;;) {
      const [res] = await ask(
        `query($after: String) { organizations(filter: { text: "${text}" }, ${order}, first: 4, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id slug } } } }`,
        { after },
      );
      const conn = res.data.organizations;
      expect(conn.totalCount).toBe(expected.length);
      // The cursor format plugin-prisma gives an id cursor: GPC:N:<id>.
      for (const e of conn.edges) expect(e.cursor).toBe(b64(`GPC:N:${idOf(e.node.id)}`));
      forwards.push(...conn.edges.map((e: any) => e.node.slug));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(forwards).toEqual(expected);

    const backwards: string[] = [];
    let before: string | null = null;
    for (;;) {
      const [res] = await ask(
        `query($before: String) { organizations(filter: { text: "${text}" }, ${order}, last: 3, before: $before) {
          pageInfo { hasPreviousPage startCursor } edges { node { slug } } } }`,
        { before },
      );
      const conn = res.data.organizations;
      backwards.unshift(...conn.edges.map((e: any) => e.node.slug));
      if (!conn.pageInfo.hasPreviousPage) break;
      before = conn.pageInfo.startCursor;
    }
    expect(backwards).toEqual(expected);
  });

  it("sources paged by cursor are every source by title then id; a filtered page counts what it pages", async () => {
    const pages: any[] = [];
    let after: string | null = null;
    for (;;) {
      const [res] = await ask(`query($after: String) { sources(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title kind } } } }`, { after });
      pages.push(...nodesOf(res.data.sources));
      if (!res.data.sources.pageInfo.hasNextPage) {
        expect(pages).toHaveLength(res.data.sources.totalCount);
        break;
      }
      after = res.data.sources.pageInfo.endCursor;
    }
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    expect(pages.map((s) => s.id)).toEqual([...pages].sort((a, b) => cmp(a.title, b.title) || idOf(a.id) - idOf(b.id)).map((s) => s.id));
    const [seeds] = await ask(`{ sources(filter: { kinds: [SEED_DOCUMENT], text: "police" }, first: 100) { totalCount edges { node { kind title } } } }`);
    expect(seeds.data.sources.totalCount).toBeGreaterThan(0);
    expect(seeds.data.sources.totalCount).toBe(seeds.data.sources.edges.length);
    for (const s of nodesOf(seeds.data.sources)) expect(s.kind).toBe("SEED_DOCUMENT");
  });

  it("a page and its count are two statements, a lookup one, an id of another type none", async () => {
    const [page] = await ask(`{ missions(filter: { activeIn: 2010, leadBody: "eu" }, first: 2) { totalCount edges { node { slug startDate } } } }`);
    expect(page.data.missions.totalCount).toBeGreaterThan(2);
    const [{ data: bySlug, statements: slugStatements }] = await ask(`{ organization(slug: "europol") { id slug name acronym foundedYear } }`);
    expect(bySlug.organization).toMatchObject({ slug: "europol", acronym: "Europol" });
    const [{ statements: idStatements, data: byId }] = await ask(`query($id: ID!) { organization(id: $id) { slug } }`, { id: bySlug.organization.id });
    expect(byId.organization.slug).toBe("europol");
    const [{ data: wrong, statements: wrongStatements }] = await ask(
      `query($id: ID!) { mission(id: $id) { slug } country(id: $id) { code } source(id: $id) { slug } }`,
      { id: bySlug.organization.id },
    );
    expect(wrong).toEqual({ mission: null, country: null, source: null });
    for (const [p, { t, yoga }] of servers) {
      const counts = [
        (await gql(yoga, t.db, `{ missions(filter: { activeIn: 2010, leadBody: "eu" }, first: 5) { totalCount edges { node { slug } } } }`)).statements,
        (await gql(yoga, t.db, `{ sources(filter: { kinds: [SEED_DOCUMENT] }) { totalCount edges { node { slug } } } }`)).statements,
      ];
      expect(counts, p).toEqual([2, 2]);
    }
    expect([slugStatements, idStatements, wrongStatements]).toEqual([1, 1, 0]);
  });

  it("Country.headquartered: one statement per level, the bodies whose headquarters country it is", async () => {
    const orgs: any[] = [];
    let after: string | null = null;
    for (;;) {
      const [{ data }]: GqlResult<any>[] = await ask(
        `query($after: String) { organizations(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { slug name headquartersCountry { code } } } } }`,
        { after },
      );
      orgs.push(...data.organizations.edges.map((e: any) => e.node));
      if (!data.organizations.pageInfo.hasNextPage) break;
      after = data.organizations.pageInfo.endCursor;
    }
    const [res] = await ask(`{ countries(first: 100, orderBy: [{ field: CODE }]) { edges { node { code headquartered { slug name } } } } }`);
    const countries = res.data.countries.edges.map((e: any) => e.node) as { code: string; headquartered: { slug: string; name: string }[] }[];
    const hosts = countries.filter((c) => c.headquartered.length > 0);
    expect(hosts.length).toBeGreaterThan(3);
    for (const c of countries) {
      const names = orgs.filter((o) => o.headquartersCountry?.code === c.code).map((o) => o.name).sort();
      expect(c.headquartered.map((o) => o.name).sort(), c.code).toEqual(names);
    }
    // countries page + headquartered loader (+ the nested entity load for organizations is not asked).
    expect(res.statements).toBe(2);
  });

  it("provenance: claims, citations with sources, evidence, citation counts and history, batched per level", async () => {
    const query = (first: number) => `{ organizations(first: ${first}) { edges { node { slug
      claims { property value citations { facts source { slug citationCount } evidence { excerpt start end documentLength } } }
      sources { slug document citationCount }
      history { action } } } } }`;
    const [few] = await ask(query(3));
    const [many] = await ask(query(40));
    expect(many.statements).toBe(few.statements);
    // The page; claims, the entities' citations (with their sources) and history; the claims' citations and the
    // entities' sources' citation counts; the claims' sources' citation counts and evidence's documents.
    expect(many.statements).toBe(8);

    // Ground truth of documentLength: the seed document's own text, as the offsets count it (UTF-16 code units).
    const evidence = nodesOf(many.data.organizations).flatMap((o: any) => o.claims.flatMap((c: any) => c.citations.filter((x: any) => x.evidence)));
    const [{ data: seeds }] = await ask(`{ sources(filter: { kinds: [SEED_DOCUMENT] }) { edges { node { slug document citationCount } } } }`);
    const docs = new Map<string, string>(nodesOf(seeds.sources).map((s: any) => [s.slug, readFileSync(join("data", "seeds", s.document), "utf8")]));
    for (const c of evidence) {
      const text = docs.get(c.source.slug)!;
      expect(c.evidence.documentLength).toBe(text.length);
      expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.excerpt);
    }

    // citationCount against the citations of every kind of fact, counted here from the whole answer of a source.
    const sourceSlugs = [...new Set(nodesOf(many.data.organizations).flatMap((o: any) => o.sources.map((s: any) => s.slug)))].slice(0, 3);
    for (const [p, { t }] of servers) {
      for (const slug of sourceSlugs) {
        const src = await t.db.prisma.source.findUniqueOrThrow({ where: { slug }, include: { _count: { select: { citations: true } } } });
        const shown = nodesOf(many.data.organizations).flatMap((o: any) => o.sources).find((s: any) => s.slug === slug);
        expect(shown.citationCount, `${p} ${slug}`).toBe(src._count.citations);
      }
    }
    for (const s of nodesOf(seeds.sources)) expect(s.citationCount).toBeGreaterThan(0);
  });

  it("retired entities: lookups and lists null or absent, node(id:) still resolves them", async () => {
    const [{ data }] = await ask(`{ organization(slug: "eurojust") { id wikidataId headquartersCountry { code } } country(code: "HTI") { id } }`);
    const { id, wikidataId } = data.organization;
    expect(wikidataId).toBeTruthy();
    for (const { t } of servers.values()) {
      await t.db.prisma.entity.update({ where: { id: idOf(id) }, data: { retiredAt: new Date("2024-01-01T00:00:00Z") } });
      await t.db.prisma.entity.update({ where: { id: idOf(data.country.id) }, data: { retiredAt: new Date("2024-01-01T00:00:00Z") } });
    }
    try {
      const [res] = await ask(
        `query($id: ID!, $qid: String!, $c: ID!) {
          bySlug: organization(slug: "eurojust") { slug } byId: organization(id: $id) { slug } node(id: $id) { id }
          ext: entityByExternalId(scheme: WIKIDATA, value: $qid) { slug }
          code: country(code: "HT") { code } countryById: country(id: $c) { code }
          list: organizations(filter: { text: "eurojust" }, first: 100) { edges { node { slug } } }
          hq: country(code: "${data.organization.headquartersCountry.code}") { headquartered { slug } } }`,
        { id, qid: wikidataId, c: data.country.id },
      );
      expect(res.data).toMatchObject({ bySlug: null, byId: null, node: { id }, ext: null, code: null, countryById: null });
      expect(nodesOf(res.data.list).map((o: any) => o.slug)).not.toContain("eurojust");
      expect(res.data.hq.headquartered.map((o: any) => o.slug)).not.toContain("eurojust");
    } finally {
      for (const { t } of servers.values()) {
        await t.db.prisma.entity.update({ where: { id: idOf(id) }, data: { retiredAt: null } });
        await t.db.prisma.entity.update({ where: { id: idOf(data.country.id) }, data: { retiredAt: null } });
      }
    }
  });

  it("a filter follows the relationships lists show: a retired membership no longer makes a member", async () => {
    const members = async () =>
      nodesOf((await ask(`{ countries(filter: { memberOf: "eu" }, first: 100) { totalCount edges { node { code memberships { organization { slug } } } } } }`))[0].data.countries);
    const before = await members();
    const be = before.find((c: any) => c.code === "BE");
    expect(be.memberships.map((m: any) => m.organization.slug)).toContain("eu");
    const retire = async (retiredAt: Date | null) => {
      for (const { t } of servers.values()) {
        const belgium = await t.db.prisma.entity.findUniqueOrThrow({ where: { kind_slug: { kind: "COUNTRY", slug: "be" } } });
        const eu = await t.db.prisma.entity.findUniqueOrThrow({ where: { kind_slug: { kind: "ORGANIZATION", slug: "eu" } } });
        await t.db.prisma.relation.updateMany({ where: { kind: "MEMBER_OF", fromId: belgium.id, toId: eu.id }, data: { retiredAt } });
      }
    };
    await retire(new Date("2024-01-01T00:00:00Z"));
    try {
      const after = await members();
      expect(after.map((c: any) => c.code)).toEqual(before.map((c: any) => c.code).filter((c: string) => c !== "BE"));
      // The same answer as the list of each country's memberships.
      for (const c of after) expect(c.memberships.map((m: any) => m.organization.slug)).toContain("eu");
    } finally {
      await retire(null);
    }
  });

  it("entityByExternalId and country by code read the same entity as the lookup by slug", async () => {
    const [res] = await ask(`{ a: entityByExternalId(scheme: ISO_ALPHA3, value: "hti") { slug ... on Country { code alpha3 } }
      b: entityByExternalId(scheme: ISO_NUMERIC, value: "332") { slug } c: country(code: "ht") { slug name }
      d: entityByExternalId(scheme: WIKIDATA, value: "Q207203") { __typename slug } }`);
    expect(res.data).toMatchObject({ a: { code: "HT", alpha3: "HTI" }, d: { __typename: "Organization", slug: "europol" } });
    expect(res.data.b.slug).toBe(res.data.a.slug);
    expect(res.data.c.slug).toBe(res.data.a.slug);
    expect(res.statements).toBe(4);
  });
});

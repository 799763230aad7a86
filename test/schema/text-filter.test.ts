// Text filters match literally: LIKE's wildcards `%` and `_` and the escape character `\` in `filter.text` are
// characters to find, not patterns, on every connection with a text filter, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, type ProviderName, type TestDb, seededDatabase } from "../helpers/db.js";
import { gql, testServer, type Yoga } from "../helpers/http.js";

const ENTITY_LISTS = ["organizations", "countries", "missions", "legalTools", "crimeAreas", "missionTypes", "requirements", "topics"];

describe.each(await availableProviders())("text filters on %s", (provider: ProviderName) => {
  let t: TestDb;
  let yoga: Yoga;
  const q = <T = any>(query: string, variables?: Record<string, unknown>) => gql<T>(yoga, t.db, query, variables);

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  }, 180_000);
  afterAll(async () => t?.drop());

  /** Every node a text filter returns, with the text it matched on. */
  async function matches(list: string, text: string) {
    const texts = list === "sources" ? "title publisher description" : "name acronym aliases description slug";
    const res = await q(`query($t: String) { ${list}(first: 100, filter: { text: $t }) { totalCount edges { node { ${texts} } } } }`, { t: text });
    expect(res.errors, `${list} ${text}`).toBeUndefined();
    const conn = (res.data as any)[list];
    return { total: conn.totalCount as number, haystacks: conn.edges.map((e: any) => JSON.stringify(Object.values(e.node)).toLowerCase()) as string[] };
  }

  it("% and _ match only themselves, in every entity list and in sources", async () => {
    for (const list of [...ENTITY_LISTS, "sources"]) {
      const all = (await q(`{ ${list} { totalCount } }`)).data as any;
      for (const text of ["%", "_", "%%", "a_b", "\\", "\\%"]) {
        const { total, haystacks } = await matches(list, text);
        expect(total, `${list} '${text}'`).toBeLessThan(all[list].totalCount);
        expect(total, `${list} '${text}'`).toBe(haystacks.length);
        // JSON.stringify doubles a backslash; compare against the escaped form.
        const needle = JSON.stringify(text).slice(1, -1).toLowerCase();
        for (const h of haystacks) expect(h, `${list} '${text}'`).toContain(needle);
      }
    }
  });

  it("a literal %, _ or \\ in the data is found; a pattern only a wildcard would match finds nothing", async () => {
    // A fact written straight to the database, as a curator's edit would: the filters must find its literal text.
    await t.db.prisma.entity.update({ where: { kind_slug: { kind: "ORGANIZATION", slug: "europol" } }, data: { description: "Handles 100% of cases_x in C:\\Europe" } });
    await t.db.prisma.source.updateMany({ where: { slug: { in: (await t.db.prisma.source.findMany({ take: 1, orderBy: { id: "asc" } })).map((s) => s.slug) } }, data: { publisher: "Office 50%_off" } });
    for (const text of ["100%", "0% of", "s_x", "% OF CASES_", "c:\\europe"]) {
      const { total, haystacks } = await matches("organizations", text);
      expect(total, text).toBe(1);
      expect(haystacks[0]).toContain("europol");
    }
    expect((await matches("sources", "50%_off")).total).toBe(1);
    expect((await matches("sources", "50%_")).total).toBe(1);
    for (const text of ["100_", "100%%", "s%x", "europ_l", "eur%pol", "c:\\_urope"]) expect((await matches("organizations", text)).total, text).toBe(0);
    expect((await matches("sources", "50_%")).total).toBe(0);
    expect((await matches("organizations", "EUROPOL")).total).toBeGreaterThan(0);
  });

  it("mission counts filtered by text match literally too", async () => {
    const res = await q(`{ missionCounts(by: EXECUTIVE, filter: { text: "%" }) { count } all: missionCounts(by: EXECUTIVE) { count } }`);
    expect(res.errors).toBeUndefined();
    const sum = (b: Array<{ count: number }>) => b.reduce((n, x) => n + x.count, 0);
    expect(sum((res.data as any).all)).toBeGreaterThan(0);
    expect(sum((res.data as any).missionCounts)).toBe(0);
  });
});

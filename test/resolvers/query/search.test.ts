// search(query:): realistic questions with asserted rankings, accent and typo tolerance, and every kind of bad
// input (too long, empty, punctuation only, SQL and FTS operators), on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../../helpers/db.js";
import { gql, testServer, type Yoga } from "../../helpers/http.js";

const SEARCH = `query($q: String!, $kinds: [EntityKind!], $first: Int, $after: String) {
  search(query: $q, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { score cursor node { __typename kind slug name acronym ... on Organization { executivePowers } } }
  }
}`;

describe.each(await availableProviders())("search on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  const search = (q: string, extra: Record<string, unknown> = {}) => gql<any>(yoga, t.db, SEARCH, { q, ...extra });
  const top = async (q: string, extra: Record<string, unknown> = {}) => {
    const r = await search(q, extra);
    expect(r.errors).toBeUndefined();
    return r.data.search;
  };

  it("finds Europol first despite a typo ('europl')", async () => {
    const s = await top("europl");
    expect(s.edges[0].node).toMatchObject({ __typename: "Organization", slug: "europol", executivePowers: false });
    expect(s.edges[0].score).toBeGreaterThan(s.edges[1].score);
  });

  it("ranks INTERPOL first for 'interpol', with an exact score of 1, ahead of its organs and notices", async () => {
    const s = await top("interpol");
    expect(s.edges[0]).toMatchObject({ score: 1, node: { slug: "interpol", acronym: "INTERPOL" } });
    expect(s.edges.map((e: any) => e.node.slug)).toEqual(expect.arrayContaining(["interpol-ga", "interpol-ec"]));
    expect(s.totalCount).toBeGreaterThan(5);
  });

  it("finds Eurojust for 'eurojust' and for 'EUROJUST', and tolerates swapped letters ('intrepol')", async () => {
    expect((await top("eurojust")).edges[0].node.slug).toBe("eurojust");
    expect((await top("EUROJUST")).edges[0].node.slug).toBe("eurojust");
    expect((await top("intrepol")).edges[0].node.slug).toBe("interpol");
  });

  it("matches accented text without accents and unaccented text with them", async () => {
    // ONUC's description reads "Congo-Léopoldville".
    expect((await top("leopoldville")).edges.map((e: any) => e.node.slug)).toContain("onuc");
    // "Haïti" finds the country Haiti, stored without a diaeresis.
    const haiti = await top("Haïti");
    expect(haiti.edges[0].node).toMatchObject({ kind: "COUNTRY", name: "Haiti" });
    expect((await top("Eurôpol")).edges[0].node.slug).toBe("europol");
  });

  it("finds bodies by a multi-word name, and a mission type by an alias-like phrase", async () => {
    expect((await top("united nations police")).edges[0].node.slug).toBe("unpol");
    expect((await top("un")).edges[0].node.slug).toBe("un");
  });

  it("filters by kinds and pages with cursors", async () => {
    const missions = await top("haiti", { kinds: ["MISSION"] });
    expect(missions.totalCount).toBeGreaterThan(2);
    expect(missions.edges.every((e: any) => e.node.kind === "MISSION")).toBe(true);
    const all = await top("interpol", { first: 100 });
    const page1 = await top("interpol", { first: 3 });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await top("interpol", { first: 3, after: page1.pageInfo.endCursor });
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node.slug)).toEqual(all.edges.slice(0, 6).map((e: any) => e.node.slug));
  });

  it("costs two SQL statements whatever the page size", async () => {
    expect((await search("interpol", { first: 1 })).statements).toBe(2);
    expect((await search("united", { first: 100 })).statements).toBe(2);
  });

  describe("bad input", () => {
    const expectBad = async (r: Awaited<ReturnType<typeof search>>, argument: string) => {
      expect(r.data?.search ?? null).toBeNull();
      expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    };

    it("refuses a 10,000-character query, naming `query`, without touching the database", async () => {
      const r = await search("x".repeat(10_000));
      await expectBad(r, "query");
      expect(r.errors![0].message).toMatch(/at most 200/);
      expect(r.statements).toBe(0);
    });

    it("refuses an empty or whitespace-only query", async () => {
      await expectBad(await search(""), "query");
      await expectBad(await search("   \t\n "), "query");
    });

    it("answers a punctuation-only query with an empty result", async () => {
      for (const q of ["!!!", "*", "\"", "-", ":", "()", "%_"]) {
        const s = await top(q);
        expect(s).toMatchObject({ totalCount: 0, edges: [] });
      }
    });

    it("treats SQL and FTS operators as plain text: no error, no injection", async () => {
      for (const q of [`"europol" OR 1=1; DROP TABLE "Entity"; --`, "NEAR(", "europol*", "-europol", "name:europol", `"europol`, "europol' OR '1'='1", "eu AND NOT un", "%", "\\"]) {
        const r = await search(q);
        expect(r.errors, q).toBeUndefined();
        expect(r.data.search.totalCount, q).toBeGreaterThanOrEqual(0);
      }
      // Operators are ignored, the words still count.
      expect((await top("europol*")).edges[0].node.slug).toBe("europol");
      expect((await top("name:europol")).edges[0].node.slug).toBe("europol");
      expect((await top(`"europol`)).edges[0].node.slug).toBe("europol");
      // The table is still there.
      expect((await top("interpol")).edges[0].node.slug).toBe("interpol");
    });

    it("caps first at 100 and rejects negative first or a foreign cursor", async () => {
      await expectBad(await search("interpol", { first: 101 }), "first");
      await expectBad(await search("interpol", { first: -1 }), "first");
      await expectBad(await search("interpol", { after: "bm90LWEtY3Vyc29y" }), "after");
      expect((await top("interpol", { first: 100 })).edges.length).toBeGreaterThan(0);
    });
  });

  it("keeps the index in step with Entity: insert, rename, delete", async () => {
    const p = t.db.prisma;
    const e = await p.entity.create({ data: { kind: "ORGANIZATION", slug: "test-quokka", name: "Quokka Policing Bureau", orgKind: "NATIONAL_AGENCY" } });
    expect((await top("quokka")).edges[0].node.slug).toBe("test-quokka");
    await p.entity.update({ where: { id: e.id }, data: { name: "Wombat Policing Bureau", aliases: JSON.stringify(["Sécurité Wombat"]) } });
    expect((await top("quokka")).totalCount).toBe(0);
    expect((await top("wombat securite")).edges[0].node.slug).toBe("test-quokka");
    await p.entity.delete({ where: { id: e.id } });
    expect((await top("wombat")).totalCount).toBe(0);
  });
});

// between(a, b): every direct relationship of two entities (the parallel edges a path shows one of), on both
// databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../../helpers/db.js";
import { gql, testServer, type Yoga } from "../../helpers/http.js";

describe.each(await availableProviders())("between on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  const q = <T = any>(query: string) => gql<T>(yoga, t.db, query);

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("lists every relationship between two bodies, both directions, as their own lists show them", async () => {
    const res = await q(`{ between(a: "org:europol", b: "org:interpol") { id __typename validFrom } }`);
    expect(res.errors).toBeUndefined();
    const both = await q(`{ organization(slug: "europol") { relations(direction: BOTH) { id from { slug } to { slug } } } }`);
    const expected = both.data.organization.relations
      .filter((r: any) => [r.from.slug, r.to.slug].includes("interpol"))
      .map((r: any) => r.id)
      .sort();
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(res.data.between.map((r: any) => r.id).sort()).toEqual(expected);
    // Given the other way round: the same relationships.
    const reversed = await q(`{ between(a: "org:interpol", b: "org:europol") { id } }`);
    expect(reversed.data.between.map((r: any) => r.id).sort()).toEqual(expected);
    expect(res.statements).toBeLessThanOrEqual(2);
  });

  it("narrows by kinds, by a where on the relationships and by asOf", async () => {
    const coop = await q(`{ between(a: "org:europol", b: "org:eurojust", kinds: [COOPERATES_WITH]) { __typename validFrom } }`);
    expect(coop.errors).toBeUndefined();
    expect(coop.data.between.length).toBeGreaterThan(1);
    expect(new Set(coop.data.between.map((r: any) => r.__typename))).toEqual(new Set(["Cooperation"]));
    const later = await q(`{ between(a: "org:europol", b: "org:eurojust", kinds: [COOPERATES_WITH], where: { validFrom: { gte: "2009-01-01" } }) { validFrom } }`);
    expect(later.data.between.length).toBeGreaterThan(0);
    expect(later.data.between.length).toBeLessThan(coop.data.between.length);
    for (const r of later.data.between) expect(r.validFrom >= "2009-01-01").toBe(true);
    const none = await q(`{ between(a: "org:europol", b: "org:interpol", asOf: "1990-01-01") { id } }`);
    expect(none.data.between).toEqual([]);
  });

  it("answers typed errors for unknown and malformed entities", async () => {
    const unknown = await q(`{ between(a: "org:no-such-body", b: "org:interpol") { id } }`);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND" });
    const malformed = await q(`{ between(a: "???", b: "org:interpol") { id } }`);
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "a" });
  });
});

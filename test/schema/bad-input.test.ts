// Bad input gets a typed error naming the argument; unknown ids and slugs give null; nothing internal leaks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededDatabase, type TestDb } from "../helpers/db.js";
import { gql, testServer, type Yoga } from "../helpers/http.js";

describe("bad input", () => {
  let t: TestDb;
  let yoga: Yoga;
  const q = <T = any>(query: string, variables?: Record<string, unknown>) => gql<T>(yoga, t.db, query, variables);
  const code = (r: any) => r.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    yoga = testServer(t.db);
  }, 60_000);
  afterAll(async () => t?.drop());

  it("unknown slugs and ids of another type give null", async () => {
    const country = await q(`{ country(code: "HT") { id } }`);
    const res = await q(`query($id: ID!) { organization(slug: "no-such-body") { id } mission(id: $id) { id } node(id: "T3JnYW5pemF0aW9uOjk5OTk5OQ") { id } }`, { id: country.data.country.id });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ organization: null, mission: null, node: null });
  });

  it("a malformed global id is BAD_USER_INPUT naming the argument", async () => {
    for (const id of ["not-an-id", "", "!!!", Buffer.from("Organization:abc").toString("base64")]) {
      const res = await q(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(code(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0].message).toMatch(/id/);
      const res2 = await q(`query($id: ID!) { organization(id: $id) { id } }`, { id });
      expect(code(res2)).toBe("BAD_USER_INPUT");
    }
  });

  it("first above the cap or below zero is BAD_USER_INPUT naming the argument", async () => {
    for (const [query, arg] of [
      [`{ organizations(first: 101) { totalCount } }`, "first"],
      [`{ organizations(first: -1) { edges { cursor } } }`, "first"],
      [`{ missions(last: 1000) { edges { cursor } } }`, "last"],
      [`{ relations(first: 500) { totalCount } }`, "first"],
      [`{ organization(slug: "europol") { cooperations(first: 101) { since } } }`, "first"],
      [`{ organization(slug: "europol") { cooperations(first: -5) { since } } }`, "first"],
    ] as const) {
      const res = await q(query);
      expect(code(res), query).toBe("BAD_USER_INPUT");
      expect(res.errors![0].message).toContain(`'${arg}'`);
      expect(res.errors![0].message).not.toMatch(/prisma|SELECT|at .*\.ts/i);
    }
  });

  it("an invalid date is BAD_USER_INPUT naming the argument", async () => {
    for (const d of ["2020-02-30", "yesterday", "2020-13-01", "20200101"]) {
      const res = await q(`query($d: Date) { organization(slug: "edps") { oversees(asOf: $d) { since } } }`, { d });
      expect(code(res), d).toBe("BAD_USER_INPUT");
      expect(res.errors![0].message).toMatch(/\$d|asOf|Date/);
    }
    const literal = await q(`{ relations(asOf: "1999-99-99") { totalCount } }`);
    expect(code(literal)).toBe("BAD_USER_INPUT");
    expect(literal.errors![0].message).toMatch(/asOf/);
  });

  it("lookups need exactly one of id or slug; a bad country code is named", async () => {
    expect(code(await q(`{ organization { id } }`))).toBe("BAD_USER_INPUT");
    expect(code(await q(`{ country(code: "Haiti!") { id } }`))).toBe("BAD_USER_INPUT");
  });

  it("unexpected failures are masked: no stack trace or SQL in the response", async () => {
    const res = await yoga.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ organizations(filter: { text: \"" + "x".repeat(300) + "\" }) { totalCount } }" }),
    });
    const text = await res.text();
    expect(text).toContain("BAD_USER_INPUT");
    expect(text).not.toMatch(/stack|prisma|SELECT/i);
  });
});

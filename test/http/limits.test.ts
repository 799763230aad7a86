// Abusive documents are refused before any SQL runs, with a 4xx status for graphql-response+json clients;
// health and readiness endpoints; introspection can be switched off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../../src/http/yoga.js";
import { seededDatabase, type TestDb } from "../helpers/db.js";
import { gql, testServer, type Yoga } from "../helpers/http.js";

describe("limits and operations endpoints", () => {
  let t: TestDb;
  let yoga: Yoga;
  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    yoga = testServer(t.db);
  }, 60_000);
  afterAll(async () => t?.drop());

  const refused = async (query: string, code?: string) => {
    const res = await gql<any>(yoga, t.db, query);
    expect(res.status).toBe(400);
    expect(res.errors?.length).toBeGreaterThan(0);
    if (code) expect(res.errors![0].extensions?.code).toBe(code);
    expect(res.statements).toBe(0);
    return res;
  };

  it("refuses a query deeper than the limit", async () => {
    let sel = "slug";
    for (let i = 0; i < 16; i++) sel = `partOf { whole { ... on Organization { ${sel} } } }`;
    const res = await refused(`{ organization(slug: "europol") { ${sel} } }`);
    expect(res.errors![0].message).toMatch(/depth/i);
  });

  it("refuses alias floods, token floods and directive floods", async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: organization(slug: "europol") { name }`).join(" ");
    expect((await refused(`{ ${aliases} }`)).errors![0].message).toMatch(/alias/i);
    const tokens = Array.from({ length: 5000 }, () => "name").join(" ");
    expect((await refused(`{ organization(slug: "europol") { ${tokens} } }`)).errors![0].message).toMatch(/token/i);
    const directives = Array.from({ length: 40 }, () => "@include(if: true)").join(" ");
    expect((await refused(`{ organization(slug: "europol") { name ${directives} } }`)).errors![0].message).toMatch(/directive/i);
  });

  it("refuses a query whose lists could load too much, before any SQL", async () => {
    const res = await refused(
      `{ organizations(first: 100) { edges { node { cooperations(first: 100) { partner { cooperations(first: 100) { partner { cooperations(first: 100) { since } } } } } } } } }`,
      "QUERY_TOO_COMPLEX",
    );
    expect(res.errors![0].message).toMatch(/costly/);
  });

  it("serves /health and /ready", async () => {
    const health = await yoga.fetch("http://test/health");
    expect(health.status).toBe(200);
    const ready = await yoga.fetch("http://test/ready");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", database: "sqlite" });
  });

  it("can switch introspection (and GraphiQL) off", async () => {
    const closed = createServer({ db: t.db, introspection: false, logging: false });
    const res = await closed.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: "{ __schema { types { name } } }" }),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/introspection/i);
    const ok = await gql<any>(yoga, t.db, "{ __schema { queryType { name } } }");
    expect(ok.data.__schema.queryType.name).toBe("Query");
  });
});

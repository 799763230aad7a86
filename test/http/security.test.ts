// The HTTP surface's browser-facing defences (src/http/security.ts), over yoga.fetch: CORS by allow-list and never
// with credentials, no operation from a request a foreign page can send without a preflight (CSRF), security
// headers on every response, and no schema hints in errors when introspection is off.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrganizationPageDocument } from "../../client/generated/graphql.js";
import { createServer } from "../../src/http/yoga.js";
import { seededDatabase, type TestDb } from "../helpers/db.js";
import type { Yoga } from "../helpers/http.js";

let t: TestDb;
beforeAll(async () => {
  t = await seededDatabase("sqlite");
}, 120_000);
afterAll(async () => t?.drop());

const server = (opts: Partial<Parameters<typeof createServer>[0]> = {}): Yoga =>
  createServer({ db: t.db, graphiql: false, logging: false, webDist: false, ...opts });

const postJson = (yoga: Yoga, body: unknown, headers: Record<string, string> = {}) =>
  yoga.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
    body: JSON.stringify(body),
  });

describe("CORS", () => {
  const preflight = (yoga: Yoga, origin: string) =>
    yoga.fetch("http://test/graphql", {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" },
    });

  it("by default (development) lets any origin read answers, never with credentials", async () => {
    const yoga = server();
    const res = await postJson(yoga, { query: "{ __typename }" }, { origin: "https://anywhere.example" });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://anywhere.example");
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    expect(res.headers.get("vary")).toMatch(/\bOrigin\b/);
    const pre = await preflight(yoga, "https://anywhere.example");
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("https://anywhere.example");
    expect(pre.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    expect(pre.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("with an allow-list, answers only the listed origins", async () => {
    const yoga = server({ corsOrigins: ["https://analysts.example", "http://localhost:5173"] });
    for (const origin of ["https://analysts.example", "http://localhost:5173"]) {
      const res = await postJson(yoga, { query: "{ __typename }" }, { origin });
      expect(res.headers.get("access-control-allow-origin"), origin).toBe(origin);
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
      expect((await preflight(yoga, origin)).headers.get("access-control-allow-origin")).toBe(origin);
    }
    for (const origin of ["https://evil.example", "https://analysts.example.evil.example", "null", "http://analysts.example"]) {
      const res = await postJson(yoga, { query: "{ __typename }" }, { origin });
      expect(res.headers.get("access-control-allow-origin"), origin).toBeNull();
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
      const pre = await preflight(yoga, origin);
      expect(pre.headers.get("access-control-allow-origin"), origin).toBeNull();
      expect(pre.headers.get("access-control-allow-methods")).toBeNull();
    }
  });

  it("closed (the production default): no origin gets CORS headers", async () => {
    const yoga = server({ corsOrigins: [] });
    const res = await postJson(yoga, { query: "{ __typename }" }, { origin: "https://analysts.example" });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect((await preflight(yoga, "https://analysts.example")).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("never grants credentials to any origin, whatever the policy", async () => {
    const policies = [server(), server({ corsOrigins: ["https://analysts.example"] }), server({ corsOrigins: [] })];
    await fc.assert(
      fc.asyncProperty(fc.webUrl(), fc.constantFrom(0, 1, 2), fc.boolean(), async (url, p, pre) => {
        const origin = new URL(url).origin;
        const res = pre ? await preflight(policies[p], origin) : await postJson(policies[p], { query: "{ __typename }" }, { origin });
        expect(res.headers.get("access-control-allow-credentials")).toBeNull();
        const allowed = res.headers.get("access-control-allow-origin");
        // Either nothing or exactly the requesting origin, never another one or a wildcard.
        expect(allowed === null || allowed === origin).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("CSRF: requests a foreign page can send without a preflight run nothing", () => {
  let yoga: Yoga;
  beforeAll(() => {
    yoga = server();
  });

  const refused = async (res: Response) => {
    expect(res.status).toBe(403);
    const body = (await res.json()) as { data?: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe("CSRF_HEADER_REQUIRED");
    expect(body.errors[0].message).toMatch(/application\/json/);
    expect(JSON.stringify(body)).not.toMatch(/\bat \w+ \(|node_modules/);
  };

  it("a form POST (urlencoded or multipart) or a text/plain POST: 403, no SQL", async () => {
    const query = 'mutation { retireEntity(input: { id: "x", reason: "csrf", sources: [] }) { __typename } }';
    const bodies: Array<[string | undefined, BodyInit]> = [
      ["application/x-www-form-urlencoded", new URLSearchParams({ query }).toString()],
      ["application/x-www-form-urlencoded", new URLSearchParams({ query: '{ organization(slug: "europol") { name } }' }).toString()],
      ["text/plain", JSON.stringify({ query })],
      ["text/plain;charset=UTF-8", JSON.stringify({ query: "{ __typename }" })],
    ];
    const form = new FormData();
    form.set("operations", JSON.stringify({ query }));
    bodies.push([undefined, form]); // multipart/form-data with its boundary
    for (const [type, body] of bodies) {
      const before = t.db.stats.statements;
      await refused(await yoga.fetch("http://test/graphql", { method: "POST", headers: type ? { "content-type": type } : {}, body }));
      expect(t.db.stats.statements - before, type).toBe(0);
    }
  });

  it("a GET runs queries with or without a custom header (GraphQL over HTTP), never a mutation", async () => {
    const path = `/graphql?${new URLSearchParams({ query: '{ organization(slug: "europol") { slug } }' })}`;
    const variants: Record<string, string>[] = [{}, { "x-graphql-yoga-csrf": "1" }, { "apollo-require-preflight": "1" }];
    for (const headers of variants) {
      const res = await yoga.fetch(`http://test${path}`, { headers: { accept: "application/json", ...headers } });
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect(await res.json()).toEqual({ data: { organization: { slug: "europol" } } });
    }
    const before = t.db.stats.statements;
    const mutation = `/graphql?${new URLSearchParams({ query: 'mutation { retireEntity(input: { id: "x", reason: "csrf", sources: [] }) { __typename } }' })}`;
    const res = await yoga.fetch(`http://test${mutation}`, { headers: { accept: "application/json" } });
    expect(res.status).toBe(405);
    expect(t.db.stats.statements - before).toBe(0);
  });

  it("persisted operations by GET (?documentId=, PERSISTED_OPERATIONS_ONLY) run", async () => {
    const strict = server({ persistedOperationsOnly: true });
    const documentId = (OrganizationPageDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
    const path = `/graphql?${new URLSearchParams({ documentId, variables: JSON.stringify({ slug: "europol" }) })}`;
    const ok = await strict.fetch(`http://test${path}`, { headers: { accept: "application/json" } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ data: { organization: { acronym: "Europol" } } });
  });

  it("JSON POSTs (the explorer, GraphiQL, the generated client) need no extra header", async () => {
    const res = await postJson(yoga, { query: "{ __typename }" });
    expect(res.status).toBe(200);
    const graphql = await yoga.fetch("http://test/graphql", { method: "POST", headers: { "content-type": "application/graphql+json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(graphql.status).not.toBe(403);
  });
});

describe("security headers on every response", () => {
  const API_CSP = /default-src 'none'.*frame-ancestors 'none'/;
  it("GraphQL answers and errors, exports, health, readiness, metrics, 404s and preflights", async () => {
    const yoga = server();
    const responses: Array<[string, Response]> = [
      ["POST /graphql", await postJson(yoga, { query: "{ __typename }" })],
      ["POST /graphql invalid", await postJson(yoga, { query: "{ nope }" })],
      ["GET /graphql", await yoga.fetch("http://test/graphql?query=%7B__typename%7D")],
      ["GET /export/csv/nodes", await yoga.fetch("http://test/export/csv/nodes?kinds=ORGANIZATION")],
      ["GET /export/graphml bad", await yoga.fetch("http://test/export/graphml?depth=99")],
      ["GET /health", await yoga.fetch("http://test/health")],
      ["GET /ready", await yoga.fetch("http://test/ready")],
      ["GET /metrics", await yoga.fetch("http://test/metrics")],
      ["GET /nothing-here", await yoga.fetch("http://test/nothing-here")],
      ["OPTIONS /graphql", await yoga.fetch("http://test/graphql", { method: "OPTIONS", headers: { origin: "https://a.example", "access-control-request-method": "POST" } })],
    ];
    for (const [what, res] of responses) {
      expect(res.headers.get("x-content-type-options"), what).toBe("nosniff");
      expect(res.headers.get("x-frame-options"), what).toBe("DENY");
      expect(res.headers.get("referrer-policy"), what).toBe("no-referrer");
      expect(res.headers.get("content-security-policy"), what).toMatch(API_CSP);
      await res.body?.cancel();
    }
  });
});

describe("field suggestions", () => {
  const bad: Array<[string, string, Record<string, unknown>?]> = [
    ["field", '{ organisation(slug: "europol") { name } }'],
    ["argument", '{ organization(slugg: "europol") { name } }'],
    ["type", "{ ... on Organisation { name } }"],
    ["enum literal", "{ missionCounts(by: HOST_COUNTRI) { key } }"],
    ["enum variable", "query($by: MissionDimension!) { missionCounts(by: $by) { key } }", { by: "HOST_COUNTRI" }],
    ["input field", "{ organizations(filter: { executivePower: true }) { totalCount } }"],
  ];

  it("with introspection off, errors name no field, argument, type or enum value of the schema", async () => {
    const closed = server({ introspection: false });
    for (const [what, query, variables] of bad) {
      const res = await postJson(closed, { query, variables });
      expect(res.status, what).toBe(400);
      const body = (await res.json()) as { errors: Array<{ message: string }> };
      expect(body.errors.length, what).toBeGreaterThan(0);
      for (const e of body.errors) {
        expect(e.message, what).not.toMatch(/Did you mean/);
        expect(e.message, what).not.toMatch(/"(organization|slug|Organization|HOST_COUNTRY|executivePowers)"/);
      }
    }
  });

  it("with introspection on, they still help (the same requests)", async () => {
    const open = server();
    let hints = 0;
    for (const [, query, variables] of bad) {
      const body = (await (await postJson(open, { query, variables })).json()) as { errors: Array<{ message: string }> };
      if (body.errors.some((e) => /Did you mean/.test(e.message))) hints++;
    }
    expect(hints).toBe(bad.length);
  });
});

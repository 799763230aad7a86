// GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/): media types, Accept negotiation and
// status codes for application/graphql-response+json and legacy application/json; GET for queries only; plus our
// HTTP limits and operations: request body size (413), x-request-id, /metrics, the production profile.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer as createTcpServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, PROJECT_ROOT } from "../../src/config.js";
import { createServer } from "../../src/http/yoga.js";
import { metricsEndpointOf } from "../../src/http/observability.js";
import { seededDatabase, type TestDb } from "../helpers/db.js";
import type { Yoga } from "../helpers/http.js";

const GRAPHQL_RESPONSE = "application/graphql-response+json";
let t: TestDb;
let yoga: Yoga;

beforeAll(async () => {
  t = await seededDatabase("sqlite");
  yoga = createServer({ db: t.db, graphiql: false, logging: false, webDist: false });
}, 120_000);
afterAll(async () => t?.drop());

async function send(init: { method?: string; path?: string; headers?: Record<string, string>; body?: string }) {
  const res = await yoga.fetch(`http://test${init.path ?? "/graphql"}`, { method: init.method ?? "POST", headers: init.headers, body: init.body });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, type: res.headers.get("content-type") ?? "", headers: res.headers, body };
}
const postJson = (payload: unknown, accept?: string, extra: Record<string, string> = {}) =>
  send({ headers: { "content-type": "application/json", ...(accept ? { accept } : {}), ...extra }, body: JSON.stringify(payload) });
// GET needs no extra header (queries only); the CSRF header is sent anyway, as the explorer would not need to.
const get = (params: Record<string, string>, accept = GRAPHQL_RESPONSE) =>
  send({ method: "GET", path: `/graphql?${new URLSearchParams(params)}`, headers: { accept, "x-graphql-yoga-csrf": "1" } });

describe("GraphQL over HTTP: media types and Accept", () => {
  it("answers application/graphql-response+json when the client accepts it", async () => {
    const r = await postJson({ query: "{ __typename }" }, GRAPHQL_RESPONSE);
    expect(r.status).toBe(200);
    expect(r.type).toContain(GRAPHQL_RESPONSE);
    expect(r.body).toEqual({ data: { __typename: "Query" } });
  });

  it("answers application/json when asked, and when no Accept header is sent (legacy clients)", async () => {
    for (const accept of ["application/json", undefined]) {
      const r = await postJson({ query: "{ __typename }" }, accept);
      expect(r.status).toBe(200);
      expect(r.type).toContain("application/json");
    }
  });

  it("prefers the first acceptable type of a list and accepts */*", async () => {
    expect((await postJson({ query: "{ __typename }" }, `${GRAPHQL_RESPONSE}, application/json;q=0.9`)).type).toContain(GRAPHQL_RESPONSE);
    expect((await postJson({ query: "{ __typename }" }, "*/*")).status).toBe(200);
  });

  it("refuses an Accept it cannot satisfy with 406", async () => {
    expect((await postJson({ query: "{ __typename }" }, "application/xml")).status).toBe(406);
  });

  it("refuses a body media type it does not support with 415", async () => {
    // (text/plain without a CSRF header is refused before that, with 403: test/http/security.test.ts)
    const r = await send({ headers: { "content-type": "text/plain", accept: GRAPHQL_RESPONSE, "x-graphql-yoga-csrf": "1" }, body: "{ __typename }" });
    expect(r.status).toBe(415);
    expect((await send({ headers: { "content-type": "application/xml", accept: GRAPHQL_RESPONSE }, body: "<q/>" })).status).toBe(415);
  });
});

describe("GraphQL over HTTP: GET", () => {
  it("runs queries through GET with query and variables parameters", async () => {
    const r = await get({ query: "query($s: String!) { organization(slug: $s) { slug } }", variables: JSON.stringify({ s: "europol" }) });
    expect(r.status).toBe(200);
    expect(r.body.data.organization.slug).toBe("europol");
  });

  it("refuses a mutation through GET with 405 and Allow: POST", async () => {
    const r = await get({ query: "mutation { __typename }" });
    expect(r.status).toBe(405);
    expect(r.headers.get("allow")).toContain("POST");
  });

  it("refuses other methods with 405", async () => {
    expect((await send({ method: "PUT", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(405);
  });
});

describe("GraphQL over HTTP: request errors and status codes", () => {
  it("missing query: 400", async () => {
    expect((await postJson({ variables: {} }, GRAPHQL_RESPONSE)).status).toBe(400);
    expect((await get({})).status).toBe(400);
  });

  it("a body that is not JSON: 400", async () => {
    const r = await send({ headers: { "content-type": "application/json", accept: GRAPHQL_RESPONSE }, body: "{ not json" });
    expect(r.status).toBe(400);
  });

  it("query or variables of the wrong type: 400", async () => {
    expect((await postJson({ query: 42 }, GRAPHQL_RESPONSE)).status).toBe(400);
    expect((await postJson({ query: "{ __typename }", variables: "x" }, GRAPHQL_RESPONSE)).status).toBe(400);
  });

  it("a document that does not parse: 400 for graphql-response+json, 200 for legacy application/json", async () => {
    const bad = { query: "{ organization(slug: " };
    const modern = await postJson(bad, GRAPHQL_RESPONSE);
    expect(modern.status).toBe(400);
    expect(modern.body.data).toBeUndefined();
    expect(modern.body.errors[0].message).toMatch(/Syntax Error/);
    const legacy = await postJson(bad, "application/json");
    expect(legacy.status).toBe(200);
    expect(legacy.body.errors).toHaveLength(1);
  });

  it("a document that does not validate: 400 for graphql-response+json, 200 for application/json", async () => {
    const bad = { query: "{ noSuchField }" };
    expect((await postJson(bad, GRAPHQL_RESPONSE)).status).toBe(400);
    expect((await postJson(bad, "application/json")).status).toBe(200);
  });

  it("an unknown operationName: 400", async () => {
    expect((await postJson({ query: "query A { __typename }", operationName: "B" }, GRAPHQL_RESPONSE)).status).toBe(400);
  });

  it("a field error during execution keeps 200 with data and errors", async () => {
    const r = await postJson({ query: `{ organizations(first: 1000) { totalCount } }` }, GRAPHQL_RESPONSE);
    expect([200, 400]).toContain(r.status);
    expect(r.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("a body over the size limit (100 kB): 413", async () => {
    const big = { query: `{ __typename }`, variables: { pad: "x".repeat(120_000) } };
    const r = await postJson(big, GRAPHQL_RESPONSE);
    expect(r.status).toBe(413);
    // Under the limit is fine.
    expect((await postJson({ query: "{ __typename }", variables: { pad: "x".repeat(50_000) } }, GRAPHQL_RESPONSE)).status).toBe(200);
  });
});

describe("operations over HTTP", () => {
  it("echoes x-request-id, and makes one when the client sends none", async () => {
    const given = await postJson({ query: "{ __typename }" }, GRAPHQL_RESPONSE, { "x-request-id": "abc-123" });
    expect(given.headers.get("x-request-id")).toBe("abc-123");
    const made = await postJson({ query: "{ __typename }" }, GRAPHQL_RESPONSE);
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const hostile = await postJson({ query: "{ __typename }" }, GRAPHQL_RESPONSE, { "x-request-id": "a b\tc<script>" });
    expect(hostile.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("serves Prometheus metrics at /metrics: requests by operation and status, durations, process metrics", async () => {
    await postJson({ query: "query MetricsProbe { __typename }" }, GRAPHQL_RESPONSE);
    const r = await send({ method: "GET", path: "/metrics" });
    expect(r.status).toBe(200);
    expect(r.type).toContain("text/plain");
    expect(r.body).toMatch(/graphql_requests_total\{operation="MetricsProbe",status="200"\} \d+/);
    expect(r.body).toMatch(/graphql_request_duration_seconds_bucket\{le="0.005",operation="MetricsProbe",status="200"\}/);
    expect(r.body).toMatch(/process_cpu_user_seconds_total/);
  });

  it("/metrics on the API port: open in development, closed in production, behind METRICS_TOKEN when set, closed with METRICS_PORT", async () => {
    const token = "metrics-token-0123456789";
    const metricsOf = async (env: Record<string, string>, headers: Record<string, string> = {}) => {
      const server = createServer({ db: t.db, graphiql: false, logging: false, webDist: false, metricsEndpoint: metricsEndpointOf(loadConfig(env)) });
      const res = await server.fetch("http://test/metrics", { headers });
      return { status: res.status, text: await res.text() };
    };
    expect((await metricsOf({})).status).toBe(200);
    const closed = await metricsOf({ PROFILE: "production" });
    expect(closed.status).toBe(404);
    expect(closed.text).not.toContain("graphql_requests_total");
    expect((await metricsOf({ METRICS_PORT: "9464" })).status).toBe(404);
    expect((await metricsOf({ NODE_ENV: "production", METRICS_PORT: "9464", METRICS_TOKEN: token }, { authorization: `Bearer ${token}` })).status).toBe(404);
    for (const env of [{ PROFILE: "production", METRICS_TOKEN: token }, { PROFILE: "development", METRICS_TOKEN: token }]) {
      const none = await metricsOf(env);
      expect(none.status).toBe(401);
      expect(JSON.parse(none.text).error.code).toBe("UNAUTHENTICATED");
      expect((await metricsOf(env, { authorization: `Bearer ${token}x` })).status).toBe(401);
      const ok = await metricsOf(env, { authorization: `Bearer ${token}` });
      expect(ok.status).toBe(200);
      expect(ok.text).toContain("process_cpu_user_seconds_total");
    }
    expect(() => loadConfig({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN/);
  });

  it("the production profile turns GraphiQL and introspection off unless asked", () => {
    expect(loadConfig({})).toMatchObject({ PROFILE: "development", GRAPHIQL: true, INTROSPECTION: true });
    expect(loadConfig({ NODE_ENV: "production" })).toMatchObject({ PROFILE: "production", GRAPHIQL: false, INTROSPECTION: false });
    expect(loadConfig({ PROFILE: "production" })).toMatchObject({ GRAPHIQL: false, INTROSPECTION: false });
    expect(loadConfig({ PROFILE: "production", GRAPHIQL: "true" })).toMatchObject({ GRAPHIQL: true, INTROSPECTION: true });
    expect(loadConfig({ PROFILE: "production", INTROSPECTION: "true" })).toMatchObject({ GRAPHIQL: false, INTROSPECTION: true });
    expect(loadConfig({ GRAPHIQL: "false" })).toMatchObject({ GRAPHIQL: false, INTROSPECTION: true });
    expect(loadConfig({})).toMatchObject({ MAX_REQUEST_BODY_BYTES: 100_000, RATE_LIMIT_PER_MINUTE: 600, STATEMENT_TIMEOUT_MS: 10_000, DATABASE_POOL_SIZE: 10 });
    expect(() => loadConfig({ REDIS_URL: "localhost:6379" })).toThrow(/REDIS_URL/);
  });

  it("CORS_ORIGINS: any origin in development, none in production, or exactly the listed ones", () => {
    expect(loadConfig({}).CORS_ORIGINS).toBe("*");
    expect(loadConfig({ PROFILE: "production" }).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ NODE_ENV: "production", CORS_ORIGINS: "" }).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: "none" }).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ PROFILE: "production", CORS_ORIGINS: "*" }).CORS_ORIGINS).toBe("*");
    expect(loadConfig({ PROFILE: "production", CORS_ORIGINS: "https://analysts.example, http://localhost:5173" }).CORS_ORIGINS).toEqual([
      "https://analysts.example",
      "http://localhost:5173",
    ]);
    // Browsers send an origin without path or trailing slash: anything else could never match, so it is an error.
    for (const bad of ["https://analysts.example/", "analysts.example", "https://a.example/app", "ftp://a.example", "https://a.example,*"])
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS/);
  });

  it("with introspection off, __schema is refused", async () => {
    const closed = createServer({ db: t.db, graphiql: false, introspection: false, logging: false, webDist: false });
    const res = await closed.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: GRAPHQL_RESPONSE },
      body: JSON.stringify({ query: "{ __schema { types { name } } }" }),
    });
    expect(res.status).toBe(400);
  });
});

// The production profile as `npm start` runs it (src/server.ts as a child process, on its own SQLite file), over
// real HTTP: the browser-facing defences are on without any setting.
describe("the production profile over HTTP (src/server.ts)", () => {
  let child: ChildProcess;
  let dir: string;
  let base: string;
  beforeAll(async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createTcpServer().listen(0, "127.0.0.1", () => {
        const { port } = s.address() as AddressInfo;
        s.close(() => resolve(port));
      });
    });
    dir = mkdtempSync(join(tmpdir(), "policing-graph-production-"));
    base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:${join(dir, "db.sqlite")}`, REDIS_URL: "", PROFILE: "production", LOG_LEVEL: "warn" };
    delete env.CORS_ORIGINS;
    delete env.GRAPHIQL;
    delete env.INTROSPECTION;
    child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout!.on("data", (d) => (out += d));
    child.stderr!.on("data", (d) => (out += d));
    const deadline = Date.now() + 150_000;
    for (;;) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start: ${out}`);
      const up = await fetch(`${base}/ready`).then((r) => r.ok, () => false);
      if (up) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 180_000);
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.on("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", accept: GRAPHQL_RESPONSE, ...headers }, body: JSON.stringify(body) });

  it("grants no origin CORS, refuses cross-site simple requests, sends security headers, hides suggestions, serves no GraphiQL", async () => {
    const read = await post({ query: '{ organization(slug: "europol") { slug } }' }, { origin: "https://evil.example" });
    expect(read.status).toBe(200);
    expect(read.headers.get("access-control-allow-origin")).toBeNull();
    expect(read.headers.get("access-control-allow-credentials")).toBeNull();
    expect(read.headers.get("x-content-type-options")).toBe("nosniff");
    expect(read.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    const pre = await fetch(`${base}/graphql`, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();

    const form = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: new URLSearchParams({ query: "{ __typename }" }),
    });
    expect(form.status).toBe(403);
    expect(((await form.json()) as any).errors[0].extensions.code).toBe("CSRF_HEADER_REQUIRED");

    const typo = await post({ query: '{ organisation(slug: "europol") { name } }' });
    expect(typo.status).toBe(400);
    expect(JSON.stringify(await typo.json())).not.toMatch(/Did you mean|"organization"/);

    const graphiql = await fetch(`${base}/graphql`, { headers: { accept: "text/html" } });
    expect(await graphiql.text()).not.toContain("graphiql.js");
  });
});

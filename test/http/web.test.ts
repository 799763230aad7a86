// The web explorer's static handler (src/http/web.ts): files of the build, index.html for client routes, 404 for
// missing files, the API's own paths untouched, and a page explaining how to build when there is no build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../../src/http/yoga.js";
import { seededDatabase, type TestDb } from "../helpers/db.js";

describe("web explorer static files", () => {
  let t: TestDb;
  let dist: string;
  let yoga: ReturnType<typeof createServer>;
  let empty: ReturnType<typeof createServer>;
  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    dist = mkdtempSync(join(tmpdir(), "policing-graph-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>explorer</title>");
    writeFileSync(join(dist, "assets/app-abc123.js"), "console.log(1)");
    yoga = createServer({ db: t.db, logging: false, webDist: dist });
    empty = createServer({ db: t.db, logging: false, webDist: join(dist, "missing") });
  }, 60_000);
  afterAll(async () => {
    await t?.drop();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (y: typeof yoga, path: string, init: { method?: string; headers?: Record<string, string> } = {}) => y.fetch(`http://test${path}`, init);

  it("serves index.html at / and for client routes, assets with long caching", async () => {
    for (const path of ["/", "/entity/T3JnYW5pemF0aW9uOjE%3D", "/paths?from=a&to=b", "/crime/human-trafficking"]) {
      const res = await get(yoga, path);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toContain("<title>explorer</title>");
      expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    }
    const js = await get(yoga, "/assets/app-abc123.js");
    expect(js.headers.get("content-type")).toMatch(/javascript/);
    expect(js.headers.get("cache-control")).toMatch(/immutable/);
  });

  it("404s missing files and never leaves the build folder", async () => {
    expect((await get(yoga, "/assets/missing.js")).status).toBe(404);
    expect((await get(yoga, "/favicon.ico")).status).toBe(404);
    const escape = await get(yoga, "/..%2f..%2fpackage.json");
    expect(await escape.text()).not.toContain('"name"');
  });

  it("leaves the API's paths alone", async () => {
    expect((await get(yoga, "/health")).status).toBe(200);
    expect(await (await get(yoga, "/ready")).json()).toMatchObject({ status: "ready", redis: "none" });
    const gql = await get(yoga, "/graphql?query=%7B__typename%7D", { headers: { accept: "application/json", "x-graphql-yoga-csrf": "1" } });
    expect(await gql.json()).toEqual({ data: { __typename: "Query" } });
    expect((await get(yoga, "/", { method: "POST" })).status).not.toBe(200);
  });

  it("explains how to build when there is no build", async () => {
    const res = await get(empty, "/");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("npm run web:build");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
  });
});

// GraphiQL from this server alone (src/http/web.ts); test/e2e/graphiql.test.ts runs it in Chromium on a closed network.
describe("GraphiQL, offline", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await seededDatabase("sqlite");
  }, 60_000);
  afterAll(async () => t?.drop());

  const page = (yoga: ReturnType<typeof createServer>, method = "GET") => yoga.fetch("http://test/graphql", { method, headers: { accept: "text/html" } });

  it("the page names only this server's assets and runs no inline script", async () => {
    const yoga = createServer({ db: t.db, logging: false, webDist: false });
    const res = await page(yoga);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//); // no CDN (Yoga's own page loads unpkg.com)
    expect(html).not.toContain("__TITLE__");
    // Every script is a file of ours, but the JSON data block (never executed).
    const scripts = [...html.matchAll(/<script([^>]*)>([^]*?)<\/script>/g)];
    for (const [, attrs, body] of scripts) {
      if (/type="application\/json"/.test(attrs)) continue;
      expect(attrs).toMatch(/src="\/graphiql\/[0-9a-f]{16}\/graphiql\.js"/);
      expect(body).toBe("");
    }
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )worker-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval|blob:/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");

    // Its assets: served, typed, cached for good under their content hash; HEAD answers without a body.
    const base = /href="(\/graphiql\/[0-9a-f]{16}\/)graphiql\.css"/.exec(html)![1];
    const types: Record<string, RegExp> = {
      "graphiql.js": /javascript/,
      "graphiql.css": /text\/css/,
      "editor.worker.js": /javascript/,
      "json.worker.js": /javascript/,
      "graphql.worker.js": /javascript/,
      "favicon.ico": /image\/x-icon/,
    };
    for (const [file, type] of Object.entries(types)) {
      const asset = await yoga.fetch(`http://test${base}${file}`);
      expect(asset.status, file).toBe(200);
      expect(asset.headers.get("content-type"), file).toMatch(type);
      expect(asset.headers.get("cache-control"), file).toMatch(/immutable/);
      expect(asset.headers.get("x-content-type-options"), file).toBe("nosniff");
      const body = await asset.arrayBuffer();
      expect(body.byteLength, file).toBeGreaterThan(1000);
    }
    // The script sets up Monaco's workers from our files and starts GraphiQL from the data block.
    const js = await (await yoga.fetch(`http://test${base}graphiql.js`)).text();
    expect(js).toMatch(/getWorkerUrl/);
    expect(js).toMatch(/renderYogaGraphiQL\(document\.getElementById\("root"\)/);
    // Gzipped for clients that accept it (a quarter of the 9 MB), the same bytes once unzipped.
    const zipped = await yoga.fetch(`http://test${base}graphiql.js`, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toMatch(/Accept-Encoding/);
    const raw = Buffer.from(await zipped.arrayBuffer());
    expect(raw.byteLength).toBeLessThan(Buffer.byteLength(js) / 2);
    expect(gunzipSync(raw).toString()).toBe(js);
    const head = await yoga.fetch(`http://test${base}graphiql.js`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    expect((await page(yoga, "HEAD")).status).toBe(200);
  });

  it("404s an unknown asset or an old hash", async () => {
    const yoga = createServer({ db: t.db, logging: false, webDist: false });
    const html = await (await page(yoga)).text();
    const base = /href="(\/graphiql\/[0-9a-f]{16}\/)graphiql\.css"/.exec(html)![1];
    for (const path of [`${base}nope.js`, "/graphiql/0000000000000000/graphiql.js", "/graphiql/", `${base}..%2f..%2fpackage.json`]) {
      const res = await yoga.fetch(`http://test${path}`);
      expect(res.status, path).toBe(404);
    }
  });

  it("is off, assets included, when GraphiQL, introspection or arbitrary operations are off", async () => {
    for (const opts of [{ graphiql: false }, { introspection: false }, { persistedOperationsOnly: true }]) {
      const yoga = createServer({ db: t.db, logging: false, webDist: false, ...opts });
      const res = await page(yoga);
      expect(await res.text(), JSON.stringify(opts)).not.toContain("graphiql.js");
      expect((await yoga.fetch("http://test/graphiql/0000000000000000/graphiql.js")).status).toBe(404);
    }
  });
});

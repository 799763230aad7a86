// The web explorer's static handler (src/http/web.ts): files of the build, index.html for client routes, 404 for
// missing files, the API's own paths untouched, and a page explaining how to build when there is no build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  });
});

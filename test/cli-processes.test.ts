// The command line and the server as real processes on one SQLite file: a second server refuses to start (and a
// killed server's lock is taken over), the CLI writes (import, seed) while a server runs and serves writes, no
// write fails as an internal error, and a killed launcher is a killed import (nothing committed afterwards).
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededDatabase, type TestDb } from "./helpers/db.js";
import { until } from "./helpers/production.js";
import { processesWith, runCli, startCli, writeLocked, writeOrganizations } from "./helpers/cli.js";
import { sqlitePath } from "../src/store/db.js";
import { createKey } from "../src/auth/keys.js";

async function freePort(): Promise<number> {
  const srv = createNetServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

const healthy = async (base: string) => (await fetch(`${base}/health`).catch(() => null))?.status === 200;

const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } userErrors { message } } }`;

const dir = mkdtempSync(join(tmpdir(), "policing-graph-cli-proc-"));

describe("policing-graph processes on one SQLite file", () => {
  let t: TestDb;
  let file: string;
  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    file = sqlitePath(t.url);
  }, 120_000);
  afterAll(() => t?.drop());

  it("one server per file: a second refuses with a clear message; writes beside a server (import, seed) wait their turn; no internal errors; the CLI signals the server to drop its cached answers; a killed server's lock is taken over", async () => {
    const env = { DATABASE_URL: t.url, LOG_LEVEL: "warn", GRAPHIQL: "false", RATE_LIMIT_PER_MINUTE: "0" };
    const curator = (await createKey(t.db.prisma, `curator-${Date.now()}`, "CURATOR")).secret;
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = startCli(["serve", "--port", String(port)], env);
    try {
      await until(() => healthy(base), 90_000, "the first server");

      const second = await runCli(["serve", "--port", String(await freePort())], env);
      expect(second.code).not.toBe(0);
      expect(second.stderr).toContain(`Another policing-graph server is already serving ${file}`);
      expect(await healthy(base)).toBe(true);

      // An import beside the running server, while the server takes writes.
      const input = join(dir, `beside-${process.pid}.json`);
      writeOrganizations(input, 1500, "beside");
      const importing = startCli(["import", input], env);
      let done = false;
      void importing.exited.then(() => (done = true));
      const outcomes: string[] = [];
      for (let i = 0; !done || i < 5; i++) {
        const res = await fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: `Bearer ${curator}` },
          body: JSON.stringify({
            query: CREATE,
            variables: { input: { kind: "ORGANIZATION", slug: `during-${i}`, name: `During ${i}`, organizationKind: "REGIONAL_BODY", sources: [{ source: "interpol-site" }] } },
          }),
        });
        const body = (await res.json()) as { data?: { createEntity: { userErrors: unknown[] } }; errors?: { extensions?: { code?: string } }[] };
        outcomes.push(body.errors ? `${res.status} ${body.errors[0].extensions?.code}` : body.data!.createEntity.userErrors.length ? "userErrors" : "ok");
      }
      expect(await importing.exited, importing.output()).toBe(0);
      expect(await t.db.prisma.entity.count({ where: { slug: { startsWith: "beside-" } } })).toBe(1500);
      // Every write either happened or was refused as temporarily unavailable (503), never as an internal error.
      expect(outcomes.filter((o) => o !== "ok" && o !== "503 SERVICE_UNAVAILABLE"), first.output()).toEqual([]);
      expect(await t.db.prisma.entity.count({ where: { slug: { startsWith: "during-" } } })).toBe(outcomes.filter((o) => o === "ok").length);

      // No Redis: the server's cached answers live in its process; the CLI's import signals it to drop them.
      const ask = async () => {
        const res = await fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
          body: JSON.stringify({ query: `{ paths(from: "org:beside-0", to: "org:beside-1", maxHops: 2) { length } }` }),
        });
        return ((await res.json()) as { data: { paths: { length: number }[] } }).data.paths;
      };
      expect(await ask()).toEqual([]);
      expect(await ask()).toEqual([]);
      const edge = join(dir, `edge-${process.pid}.json`);
      writeFileSync(edge, JSON.stringify({ edges: [{ kind: "COOPERATES_WITH", source: "ORGANIZATION:beside-0", target: "ORGANIZATION:beside-1", sources: ["bulk-survey"] }] }));
      const linked = await runCli(["import", edge], env);
      expect(linked.code, linked.stderr).toBe(0);
      await until(async () => (await ask()).length === 1, 10_000, "the server to answer the imported path");

      const seed = await runCli(["seed"], env);
      expect(seed.code, seed.stderr).toBe(0);
      expect(await healthy(base)).toBe(true);

      // kill -9: no exit handler runs, yet the lock goes with the process.
      first.child.kill("SIGKILL");
      await first.exited;
      const third = startCli(["serve", "--port", String(port)], env);
      try {
        await until(() => healthy(base), 90_000, "a server after the first was killed");
      } finally {
        third.child.kill("SIGTERM");
        await third.exited;
      }
    } finally {
      first.child.kill("SIGKILL");
    }
  }, 300_000);

  it("kill -9 of the launcher mid-import leaves no process writing and nothing committed", async () => {
    const input = join(dir, `killed-${process.pid}.json`);
    writeOrganizations(input, 6000, "killed");
    const before = await t.db.prisma.entity.count();
    const run = startCli(["import", input], { DATABASE_URL: t.url });
    // Mid-import: the import's transaction holds the write lock.
    await until(() => writeLocked(file), 60_000, "the import's write transaction");
    run.child.kill("SIGKILL");
    await run.exited;
    // Nothing runs on: no process (such as an orphaned child of the launcher) has the import file open.
    expect(processesWith(input)).toEqual([]);
    expect(writeLocked(file)).toBe(false);
    expect(await t.db.prisma.entity.count()).toBe(before);
    expect(await t.db.prisma.entity.count({ where: { slug: { startsWith: "killed-" } } })).toBe(0);
  }, 120_000);
});

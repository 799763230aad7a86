// The real server (src/http/serve.ts) as a child process, on SQLite with a few thousand pages of relationships:
// - while a full export streams to a client that reads as fast as it can, /health and a small GraphQL request
//   are answered (SQLite reads are synchronous: an export that never gave the event loop a turn would hold every
//   other request until its end);
// - the last-resort guard: a promise rejected with no one listening (here on purpose, through a test-only route;
//   in life a library's stray promise) is logged and the server goes on serving, where Node's default would end
//   the process.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { generateGraph } from "../../scripts/generate-graph.js";
import { seededDatabase, type TestDb } from "../helpers/db.js";
import { until } from "../helpers/production.js";

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

describe("the server process", () => {
  let t: TestDb;
  let child: ChildProcess;
  let base: string;
  let stdout = "";
  let exited: number | null | undefined;

  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    await generateGraph(t.url, { relations: 20_000, seed: 5, progress: false, log: () => {} });
    await t.db.prisma.$disconnect();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ["--import", "tsx", "test/helpers/serve-stray-rejection.ts"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: t.url, PORT: String(port), HOST: "127.0.0.1", AUTO_SEED: "false", GRAPH_INDEX: "false", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout!.on("data", (d) => (stdout += d));
    child.on("exit", (code) => (exited = code));
    await until(async () => (await fetch(`${base}/health`).catch(() => null))?.status === 200, 90_000, "the server to listen");
  }, 180_000);
  afterAll(async () => {
    child?.kill("SIGKILL");
    await t?.drop();
  });

  it("answers /health and GraphQL while a full export streams", async () => {
    const res = await fetch(`${base}/export/csv/edges`);
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let ended = false;
    let rows = 0;
    const reading = (async () => {
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        rows += decoder.decode(value, { stream: true }).split("\r\n").length - 1;
      }
      ended = true;
    })();
    await until(() => rows > 0, 60_000, "the first rows");
    // One after the other, each while the export is still streaming.
    const answered: Array<{ what: string; status: number; exportEnded: boolean }> = [];
    for (const what of ["health", "health", "graphql", "health"]) {
      const r =
        what === "health"
          ? await fetch(`${base}/health`)
          : await fetch(`${base}/graphql`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ query: `{ organization(slug: "europol") { name } }` }),
            });
      await r.arrayBuffer();
      answered.push({ what, status: r.status, exportEnded: ended });
    }
    await reading;
    expect(answered).toEqual(answered.map((a) => ({ ...a, status: 200, exportEnded: false })));
    expect(rows).toBeGreaterThan(20_000);
  });

  it("an unhandled rejection is logged and the server keeps answering", async () => {
    for (let i = 0; i < 3; i++) expect((await fetch(`${base}/stray`)).status).toBe(200);
    await until(() => /unhandled rejection; the process goes on/.test(stdout), 10_000, "the log line");
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const gql = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ organization(slug: "europol") { name } }` }),
    });
    expect(gql.status).toBe(200);
    expect(exited).toBeUndefined();
    const line = stdout.split("\n").find((l) => l.includes("unhandled rejection"))!;
    expect(JSON.parse(line)).toMatchObject({ level: "error", err: { message: "a stray rejection" } });
  });
});

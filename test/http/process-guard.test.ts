// The last-resort guard of src/http/serve.ts: a promise rejected with no one listening (here on purpose, through
// a test-only route; in life a library's stray promise) is logged and the server goes on serving. The real
// server runs as a child process, since Node's default would end exactly that process.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { seededDatabase, type TestDb } from "../helpers/db.js";
import { until } from "../helpers/production.js";

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

describe("the process guard", () => {
  let t: TestDb;
  let child: ChildProcess;
  let base: string;
  let stdout = "";
  let exited: number | null | undefined;

  beforeAll(async () => {
    t = await seededDatabase("sqlite");
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

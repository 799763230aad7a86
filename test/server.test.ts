// Graceful shutdown of `npm start` (src/server.ts) as a child process: SIGTERM while a request is in flight (its
// body still arriving), the request completes, new connections are refused, the process exits 0.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { request } from "node:http";
import { createServer as createTcpServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config.js";

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createTcpServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

it("SIGTERM: stops accepting, lets the in-flight request finish, exits 0; logs are JSON lines", async () => {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "policing-graph-shutdown-"));
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:${join(dir, "db.sqlite")}`, REDIS_URL: "", PROFILE: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  while (!/GraphQL API on/.test(out)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  // A request whose body arrives in two parts: in flight when SIGTERM comes.
  const body = JSON.stringify({ query: `{ organization(slug: "europol") { name } }` });
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path: "/graphql", method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode!, text }));
      },
    );
    req.on("error", reject);
    req.write(body.slice(0, 10));
    setTimeout(() => {
      child.kill("SIGTERM");
      setTimeout(async () => {
        // Meanwhile no new connection is accepted.
        await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
        req.end(body.slice(10));
      }, 500);
    }, 200);
  });
  const res = await response;
  expect(res.status).toBe(200);
  expect(JSON.parse(res.text).data.organization.name).toMatch(/Europol|Law Enforcement/);
  expect(await exited).toBe(0);

  const lines = out.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
  expect(lines.find((l) => /GraphQL API on/.test(l.msg))).toMatchObject({ level: "info", profile: "production", graphiql: false, introspection: false });
  expect(lines.some((l) => l.msg === "request" && l.status === 200 && typeof l.reqId === "string")).toBe(true);
  expect(lines.some((l) => /shutting down/.test(l.msg))).toBe(true);
  expect(lines.map((l) => l.msg)).toContain("stopped");
}, 120_000);

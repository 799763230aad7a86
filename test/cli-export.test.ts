// `policing-graph export --out`: a path that cannot be written is an "Output error" naming it (exit 1, before any
// database work), a write that fails mid-way too (no uncaught 'error' event, no "Database error"), and a database
// error stays exit 3 without leaving a half-written file behind.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededDatabase, type TestDb } from "./helpers/db.js";

const BIN = fileURLToPath(new URL("../bin/policing-graph.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "policing-graph-cli-out-"));

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, cwd: dir }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("policing-graph export --out", () => {
  let t: TestDb;
  let env: Record<string, string>;
  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    env = { DATABASE_URL: t.url };
  }, 120_000);
  afterAll(() => t?.drop());

  it("a path that cannot be written is an Output error naming it, exit 1", async () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    for (const [args, path, why] of [
      [["--format", "graphml", "--out", join(dir, "missing", "g.graphml")], join(dir, "missing", "g.graphml"), `no such folder '${join(dir, "missing")}'`],
      [["--format", "csv", "--table", "edges", "--out", join(dir, "missing", "edges.csv")], join(dir, "missing", "edges.csv"), "no such folder"],
      [["--format", "jsonld", "--out", dir], dir, "it is a folder"],
      [["--format", "csv", "--out", join(file, "sub") + "/"], join(file, "sub") + "/", "is a file, not a folder"],
    ] as const) {
      const r = await run(["export", ...args], env);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr).toContain(`Output error: option '--out': cannot write '${path}'`);
      expect(r.stderr).toContain(why);
      expect(r.stderr).not.toMatch(/Database error|\n\s+at /);
    }
  });

  it("a write that fails mid-way (a full disk) is an Output error naming the path, exit 1", async () => {
    const r = await run(["export", "--format", "graphml", "--out", "/dev/full"], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Output error: option '--out': cannot write '\/dev\/full': no space left on the device/);
    expect(existsSync("/dev/full")).toBe(true);
  });

  it("a database error stays exit 3, and leaves no half-written file", async () => {
    const out = join(dir, "down.graphml");
    const r = await run(["export", "--format", "graphml", "--out", out], { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^Database error/);
    expect(existsSync(out)).toBe(false);
    const ok = await run(["export", "--format", "graphml", "--kinds", "ORGANIZATION", "--out", join(dir, "ok.graphml")], env);
    expect(ok.code).toBe(0);
    expect(existsSync(join(dir, "ok.graphml"))).toBe(true);
  });
});

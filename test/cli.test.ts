// The command line as a script sees it: bin/policing-graph.js run as a child process; exit codes, --help,
// export to standard output and to --out, import with --dry-run, validation errors.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededDatabase, type TestDb } from "./helpers/db.js";

const BIN = fileURLToPath(new URL("../bin/policing-graph.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "policing-graph-cli-"));

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024, cwd: dir }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("policing-graph CLI", () => {
  let t: TestDb;
  let env: Record<string, string>;
  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    env = { DATABASE_URL: t.url };
  });
  afterAll(() => t?.drop());

  it("--help lists the commands and exit codes; every command has --help with examples", async () => {
    const h = await run(["--help"]);
    expect(h.code).toBe(0);
    for (const c of ["serve", "migrate", "seed", "import", "export"]) expect(h.stdout).toContain(c);
    expect(h.stdout).toContain("Exit codes");
    const e = await run(["export", "--help"]);
    expect(e.code).toBe(0);
    expect(e.stdout).toContain("Examples:");
    expect(e.stdout).toContain("--around");
  });

  it("usage errors exit 1", async () => {
    expect((await run(["frobnicate"])).code).toBe(1);
    expect((await run(["export"], env)).code).toBe(1); // --format is mandatory
    expect((await run(["export", "--format", "pdf"], env)).code).toBe(1);
    const bad = await run(["export", "--format", "csv", "--as-of", "2020-02-30"], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--as-of");
  });

  it("exports to standard output and to --out (a file, or a folder for csv)", async () => {
    const g = await run(["export", "--format", "graphml", "--kinds", "ORGANIZATION"], env);
    expect(g.code).toBe(0);
    expect(g.stdout).toMatch(/^<\?xml/);
    expect(g.stdout).toContain('<node id="ORGANIZATION:europol">');
    const out = join(dir, "g.jsonld");
    const j = await run(["export", "--format", "jsonld", "--out", out], env);
    expect(j.code).toBe(0);
    expect(j.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8"))["@graph"].length).toBeGreaterThan(400);
    const folder = join(dir, "csv") + "/";
    expect((await run(["export", "--format", "csv", "--out", folder], env)).code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(["edges.csv", "nodes.csv"]);
    const edges = await run(["export", "--format", "csv", "--table", "edges"], env);
    expect(edges.stdout).toBe(readFileSync(join(folder, "edges.csv"), "utf8"));
  });

  it("import: dry run exits 0 and writes nothing; a bad file exits 2; an unreachable database exits 3", async () => {
    const folder = join(dir, "csv2") + "/";
    await run(["export", "--format", "csv", "--out", folder], env);
    const before = await t.db.prisma.relation.count();
    const dry = await run(["import", join(folder, "nodes.csv"), join(folder, "edges.csv"), "--dry-run", "--json"], env);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout).dryRun).toBe(true);
    expect(await t.db.prisma.relation.count()).toBe(before);
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "kind,slug,name,sources\nORGANIZATION,x,,src\n");
    const b = await run(["import", bad], env);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("bad.csv:2: record ORGANIZATION:x, field 'name'");
    const down = await run(["export", "--format", "csv"], { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" });
    expect(down.code).toBe(3);
    expect(down.stderr).toMatch(/^Database error/);
  });
});

// `policing-graph keys create|list|revoke` as a script sees it: a child process, its output and exit codes, and
// the keys it makes accepted (then refused once revoked) by the API.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyDatabase, type TestDb } from "./helpers/db.js";
import { testServer, type Yoga } from "./helpers/http.js";
import { gqlAs } from "./resolvers/mutation/helpers.js";

const BIN = fileURLToPath(new URL("../bin/policing-graph.js", import.meta.url));

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("policing-graph keys", () => {
  let t: TestDb;
  let env: Record<string, string>;
  let yoga: Yoga;
  beforeAll(async () => {
    t = await emptyDatabase("sqlite");
    env = { DATABASE_URL: t.url };
    yoga = testServer(t.db);
  });
  afterAll(() => t?.drop());

  it("has --help with examples for the command and each subcommand", async () => {
    const top = await run(["--help"]);
    expect(top.stdout).toContain("keys");
    const helps = [];
    for (const args of [["keys", "--help"], ["keys", "create", "--help"], ["keys", "list", "--help"], ["keys", "revoke", "--help"]]) {
      const h = await run(args);
      expect(h.stderr).toBe("");
      expect(h.code).toBe(0);
      expect(h.stdout).toContain("Examples:");
      helps.push(h);
    }
    expect(helps[1].stdout).toContain('choices: "reader", "curator", "admin"');
  });

  it("create prints the secret once; list shows name, role and prefix but never the secret; revoke refuses it", async () => {
    const c = await run(["keys", "create", "alice", "--role", "curator"], env);
    expect(c.code).toBe(0);
    const secret = c.stdout.trim();
    expect(secret).toMatch(/^pgk_[A-Za-z0-9_-]{32}$/);
    expect(c.stderr).toContain("cannot be shown again");
    const j = await run(["keys", "create", "ci-bot", "--role", "reader", "--json"], env);
    expect(JSON.parse(j.stdout)).toMatchObject({ name: "ci-bot", role: "READER", key: expect.stringMatching(/^pgk_/) });

    const read = `{ organization(slug: "europol") { id } }`;
    expect(await gqlAs(yoga, secret, read)).toMatchObject({ data: { organization: null } });

    const l = await run(["keys", "list"], env);
    expect(l.code).toBe(0);
    expect(l.stdout).toMatch(/alice\s+CURATOR\s+pgk_/);
    expect(l.stdout).toMatch(/ci-bot\s+READER/);
    expect(l.stdout).not.toContain(secret);
    const lj = JSON.parse((await run(["keys", "list", "--json"], env)).stdout);
    expect(lj.map((k: any) => [k.name, k.role, k.revokedAt])).toEqual([["alice", "CURATOR", null], ["ci-bot", "READER", null]]);
    expect(lj[0].lastUsedAt).not.toBeNull();

    const r = await run(["keys", "revoke", "alice"], env);
    expect(r.code).toBe(0);
    const res = await gqlAs(yoga, secret, read);
    expect(res.errors![0].extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await run(["keys", "list"], env)).stdout).toMatch(/alice\s+CURATOR\s+pgk_\S+\s+\S+ \S+\s+\S+ \S+\s+\d{4}-/);
  });

  it("exit codes: 1 usage, 2 taken or unknown name, 3 database", async () => {
    expect((await run(["keys", "create", "x"], env)).code).toBe(1); // --role is mandatory
    expect((await run(["keys", "create", "x", "--role", "owner"], env)).code).toBe(1);
    expect((await run(["keys", "frob"], env)).code).toBe(1);
    const dup = await run(["keys", "create", "ci-bot", "--role", "admin"], env);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain("already exists");
    expect((await run(["keys", "create", "bad name!", "--role", "admin"], env)).code).toBe(2);
    const gone = await run(["keys", "revoke", "nobody"], env);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain("no active key named 'nobody'");
    expect((await run(["keys", "revoke", "alice"], env)).code).toBe(2); // already revoked
    const down = await run(["keys", "list"], { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" });
    expect(down.code).toBe(3);
  });
});

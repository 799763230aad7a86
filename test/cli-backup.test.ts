// Backup, restore and the lossless dump, as a script runs them: bin/policing-graph.js as a child process against
// real SQLite files and PostgreSQL databases. Tables are compared row by row through the drivers (every table the
// database has, not only what the dump knows), not only the dump text.
import { execFile, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey, revokeKey } from "../src/auth/keys.js";
import { PROJECT_ROOT } from "../src/config.js";
import { sqlitePath, type DbHandle } from "../src/store/db.js";
import { migrate } from "../src/store/migrate.js";
import { availableProviders, emptyDatabase, seededDatabase, type ProviderName, type TestDb } from "./helpers/db.js";
import { testServer } from "./helpers/http.js";
import { gqlAs } from "./resolvers/mutation/helpers.js";

const BIN = fileURLToPath(new URL("../bin/policing-graph.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "policing-graph-backup-"));
const providers = await availableProviders();

function run(args: string[], url: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: url }, maxBuffer: 256 * 1024 * 1024, cwd: dir }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Tables the migrations derive from the model (search index, graph version) or keep for themselves. */
const DERIVED = /^(EntitySearch(_\w+)?|GraphVersion|_prisma_migrations|sqlite_\w+)$/;
const MODEL = ["ApiKey", "Change", "Citation", "Claim", "Entity", "Relation", "Source"];

type Tables = Record<string, Record<string, unknown>[]>;

/** Every row of every table the database has (but the derived ones), by id, values normalised across drivers. */
async function tableRows(url: string): Promise<Tables> {
  const out: Tables = {};
  if (url.startsWith("postgres")) {
    const c = new pg.Client({
      connectionString: url,
      types: {
        getTypeParser: ((oid: number, format: "text") =>
          oid === pg.types.builtins.TIMESTAMP ? (v: string) => new Date(`${v.replace(" ", "T")}Z`).toISOString() : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    await c.connect();
    try {
      const { rows } = await c.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`);
      for (const { table_name: t } of rows.filter((r) => !DERIVED.test(r.table_name)).sort((a, b) => (a.table_name < b.table_name ? -1 : 1)))
        out[t] = (await c.query(`SELECT * FROM "${t}" ORDER BY "id"`)).rows;
    } finally {
      await c.end();
    }
    return out;
  }
  const d = new Database(sqlitePath(url), { readonly: true });
  try {
    const tables = (d.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name).filter((t) => !DERIVED.test(t));
    for (const t of tables) {
      const types = new Map((d.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(t) as { name: string; type: string }[]).map((c) => [c.name, c.type.toUpperCase()]));
      out[t] = (d.prepare(`SELECT * FROM "${t}" ORDER BY "id"`).all() as Record<string, unknown>[]).map((r) =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => {
            if (v === null) return [k, v];
            if (types.get(k) === "DATETIME") return [k, new Date(v as string).toISOString()];
            if (types.get(k) === "BOOLEAN") return [k, v === 1];
            return [k, v];
          }),
        ),
      );
    }
  } finally {
    d.close();
  }
  return out;
}

const rowCount = (t: Tables) => Object.values(t).reduce((n, rows) => n + rows.length, 0);

/** Makes history, retirements and keys (revoked, used) through the API, so the round trip has them to keep. */
async function curate(db: DbHandle, tag: string) {
  const yoga = testServer(db);
  const secret = (await createKey(db.prisma, `${tag}-curator`, "CURATOR")).secret;
  await createKey(db.prisma, `${tag}-old`, "READER");
  await revokeKey(db.prisma, `${tag}-old`);
  const { data } = await gqlAs(yoga, null, `{ a: organization(slug: "eurojust") { id } b: organization(slug: "afripol") { id } }`);
  const upd = await gqlAs(yoga, secret, `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { userErrors { message } } }`, {
    input: { id: data.a.id, description: "Police cooperation in the Americas — « Sécurité »\nsecond line", sources: [{ source: "eur-lex" }], reason: "backup test" },
  });
  expect(upd.data.updateEntity.userErrors).toEqual([]);
  const ret = await gqlAs(yoga, secret, `mutation($input: RetireEntityInput!) { retireEntity(input: $input) { userErrors { message } } }`, {
    input: { id: data.b.id, reason: "backup test" },
  });
  expect(ret.data.retireEntity.userErrors).toEqual([]);
}

/** The model tables are there and hold what the round trip must keep. */
function expectRich(t: Tables) {
  expect(Object.keys(t).sort()).toEqual(MODEL);
  expect(t.Change.length).toBeGreaterThanOrEqual(2);
  expect(t.ApiKey.some((k) => k.revokedAt !== null)).toBe(true);
  expect(t.ApiKey.some((k) => k.lastUsedAt !== null)).toBe(true);
  expect(t.Entity.some((e) => e.retiredAt !== null)).toBe(true);
  expect(t.Entity.some((e) => e.headquartersCountryId !== null)).toBe(true);
  expect(t.Citation.filter((c) => c.start !== null && c.end !== null && c.quote !== null).length).toBeGreaterThan(100);
  expect(t.Claim.length).toBeGreaterThan(100);
}

const pairs = (providers.includes("postgresql") ? [["sqlite", "postgresql"], ["postgresql", "sqlite"]] : [["sqlite", "sqlite"]]) as [ProviderName, ProviderName][];

describe.each(pairs)("dump and restore, %s -> %s -> back", (from, to) => {
  const dbs: TestDb[] = [];
  let source: TestDb;
  let sourceRows: Tables;
  let dumpFile: string;
  /** The database the first test restored into (and then wrote to). */
  let restored: TestDb;
  beforeAll(async () => {
    source = await seededDatabase(from);
    dbs.push(source);
    await curate(source.db, `dump-${from}`);
    sourceRows = await tableRows(source.url);
    dumpFile = join(dir, `dump-${from}-${to}.json`);
  });
  afterAll(async () => {
    for (const d of dbs) await d.drop();
  });

  it("dump -> restore into an empty database -> dump is identical, and every table is equal row by row", async () => {
    expectRich(sourceRows);
    const d1 = await run(["dump", "--out", dumpFile], source.url);
    expect(d1.code, d1.stderr).toBe(0);
    expect(d1.stderr).toContain(dumpFile);
    const text = readFileSync(dumpFile, "utf8");
    expect(readdirSync(dir).filter((f) => f.includes(".partial-"))).toEqual([]);

    const there = await emptyDatabase(to);
    dbs.push(there);
    restored = there;
    const r1 = await run(["restore", dumpFile], there.url);
    expect(r1.code, r1.stderr).toBe(0);
    expect(await tableRows(there.url)).toEqual(sourceRows);
    const d2 = await run(["dump"], there.url);
    expect(d2.code, d2.stderr).toBe(0);
    expect(d2.stdout).toBe(text);

    // ... and back into the first kind of database.
    const back = await emptyDatabase(from);
    dbs.push(back);
    writeFileSync(join(dir, "back.json"), d2.stdout);
    const r2 = await run(["restore", join(dir, "back.json")], back.url);
    expect(r2.code, r2.stderr).toBe(0);
    expect(await tableRows(back.url)).toEqual(sourceRows);
    expect((await run(["dump"], back.url)).stdout).toBe(text);

    // The restored database serves: search (its index is derived, not dumped), claims with their evidence,
    // history, and new rows get new ids (PostgreSQL's sequences continue after the restored ids).
    const yoga = testServer(there.db);
    const res = await gqlAs(yoga, null, `{
      search(query: "europl") { edges { node { ... on Organization { slug } } } }
      interpol: organization(slug: "interpol") { claims(property: "memberCount") { citations { evidence { start end } } } }
      eurojust: organization(slug: "eurojust") { description history { action reason } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.search.edges[0].node.slug).toBe("europol");
    expect(res.data.interpol.claims.flatMap((c: any) => c.citations).some((c: any) => c.evidence?.start != null)).toBe(true);
    expect(res.data.eurojust.history).toEqual([expect.objectContaining({ action: "UPDATE", reason: "backup test" })]);
    const key = await createKey(there.db.prisma, "after-restore", "READER");
    expect(key.name).toBe("after-restore");
  }, 600_000);

  it("refuses a database that is not empty (exit 2, nothing changed), replaces its contents with --force", async () => {
    const target = restored;
    await createKey(target.db.prisma, "only-here", "ADMIN");
    const before = await tableRows(target.url);
    const refused = await run(["restore", dumpFile], target.url);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(dumpFile);
    expect(refused.stderr).toContain("--force");
    expect(await tableRows(target.url)).toEqual(before);
    const forced = await run(["restore", dumpFile, "--force"], target.url);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await tableRows(target.url)).toEqual(sourceRows);
  }, 300_000);

  it("a dump the database rejects part-way is rolled back whole (exit 2, names the file)", async () => {
    const text = readFileSync(dumpFile, "utf8");
    const target = await emptyDatabase(to);
    dbs.push(target);
    // Two entities with one kind and slug: valid row by row, refused by the unique index after every Source row
    // was written, so only a rollback leaves the database empty.
    const doc = JSON.parse(text);
    doc.tables.Entity[1].kind = doc.tables.Entity[0].kind;
    doc.tables.Entity[1].slug = doc.tables.Entity[0].slug;
    const dup = join(dir, `dup-${to}.json`);
    writeFileSync(dup, JSON.stringify(doc));
    const r = await run(["restore", dup], target.url);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(dup);
    const after = await tableRows(target.url);
    expect(Object.keys(after).sort()).toEqual(MODEL);
    expect(rowCount(after)).toBe(0);
  }, 300_000);

  // Validation runs before any database work: once is enough.
  if (to === pairs[0][1] && from === pairs[0][0]) it("a bad dump file is a data error naming the file, table, row and column; nothing is written", async () => {
    const text = readFileSync(dumpFile, "utf8");
    const target = await emptyDatabase(to);
    dbs.push(target);
    await migrate(target.url);
    const cases: [string, (d: any) => unknown, RegExp][] = [
      ["truncated", () => text.slice(0, text.length / 2), /not valid JSON/],
      ["bad-date", (d) => ((d.tables.Relation[3].validFrom = "2020-02-30"), d), /table Relation, row 4 \(id \d+\), column 'validFrom'/],
      ["dangling", (d) => ((d.tables.Citation[0].sourceId = 999999), d), /table Citation, row 1 .*column 'sourceId': refers to Source id 999999/],
      ["null", (d) => ((d.tables.Claim[0].key = null), d), /table Claim, row 1 .*column 'key': must not be null/],
      ["unknown-column", (d) => ((d.tables.ApiKey[0].secret = "x"), d), /unknown column\(s\) secret/],
      ["newer", (d) => (d.migrations.push("9999_future"), d), /newer version/],
    ];
    for (const [name, edit, message] of cases) {
      const file = join(dir, `${name}-${to}.json`);
      const edited = edit(JSON.parse(text));
      writeFileSync(file, typeof edited === "string" ? edited : JSON.stringify(edited));
      const res = await run(["restore", file], target.url);
      expect(res.code, name).toBe(2);
      expect(res.stderr, name).toContain(file);
      expect(res.stderr, name).toMatch(message);
      expect(rowCount(await tableRows(target.url)), name).toBe(0);
    }
  }, 600_000);
});

describe("backup and restore of a SQLite database", () => {
  const dbs: TestDb[] = [];
  let source: TestDb;
  beforeAll(async () => {
    source = await seededDatabase("sqlite");
    dbs.push(source);
    await curate(source.db, "backup-sqlite");
  });
  afterAll(async () => {
    for (const d of dbs) await d.drop();
  });

  it("includes rows still in the WAL and stays consistent while another process writes", async () => {
    // A connection that never checkpoints: its rows stay in the WAL, as a running server's recent writes do.
    const writer = new Database(sqlitePath(source.url));
    writer.pragma("wal_autocheckpoint = 0");
    writer.prepare(`INSERT INTO "ApiKey" ("name", "role", "hash", "prefix", "createdAt") VALUES ('in-wal', 'READER', 'h-in-wal', 'pgk_wal', '2026-01-02T03:04:05.678+00:00')`).run();
    try {
      // Copying the database file alone loses them.
      const copy = join(dir, "copied.db");
      copyFileSync(sqlitePath(source.url), copy);
      const copied = new Database(copy, { readonly: true });
      expect(copied.prepare(`SELECT count(*) AS n FROM "ApiKey" WHERE "name" = 'in-wal'`).get()).toEqual({ n: 0 });
      copied.close();

      // A writer committing entity + claim pairs in a loop while the backup runs.
      const tag = "during-backup";
      const loop = spawn(process.execPath, ["--import", "tsx", "test/helpers/write-loop.ts", source.url, tag], { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] });
      let acks = 0;
      loop.stdout.on("data", (d: Buffer) => (acks += String(d).match(/^ack /gm)?.length ?? 0));
      const exited = new Promise((resolve) => loop.on("exit", resolve));
      let backup;
      try {
        while (acks < 5) await new Promise((r) => setTimeout(r, 20));
        const ackedBefore = acks;
        const file = join(dir, "live.db");
        backup = await run(["backup", file], source.url);
        expect(backup.code, backup.stderr).toBe(0);
        expect(backup.stderr).toContain(file);
        expect(existsSync(`${file}-wal`)).toBe(false);
        const b = new Database(file, { readonly: true });
        expect(b.prepare(`SELECT count(*) AS n FROM "ApiKey" WHERE "name" = 'in-wal'`).get()).toEqual({ n: 1 });
        // One state of the database: every loop entity with its claim, and at least what was acknowledged before.
        const entities = (b.prepare(`SELECT count(*) AS n FROM "Entity" WHERE "slug" LIKE ?`).get(`${tag}-%`) as { n: number }).n;
        const claims = (b.prepare(`SELECT count(*) AS n FROM "Claim" WHERE "key" LIKE ?`).get(`loop:${tag}-%`) as { n: number }).n;
        b.close();
        expect(entities).toBeGreaterThanOrEqual(ackedBefore);
        expect(claims).toBe(entities);
      } finally {
        loop.kill("SIGKILL");
        await exited;
      }
    } finally {
      writer.close();
    }
  }, 300_000);

  it("backup -> restore into an empty database gives every table row by row; a second restore needs --force", async () => {
    const file = join(dir, "quiet.db");
    const b = await run(["backup", file], source.url);
    expect(b.code, b.stderr).toBe(0);
    const expected = await tableRows(source.url);
    expectRich(expected);
    const target = await emptyDatabase("sqlite");
    dbs.push(target);
    const r = await run(["restore", file], target.url);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(file);
    expect(await tableRows(target.url)).toEqual(expected);

    await createKey(target.db.prisma, "made-after", "READER");
    const changed = await tableRows(target.url);
    const refused = await run(["restore", file], target.url);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(file);
    expect(await tableRows(target.url)).toEqual(changed);
    const forced = await run(["restore", file, "--force"], target.url);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await tableRows(target.url)).toEqual(expected);
  }, 300_000);

  it("a file that is not a backup is a data error naming it; so is a damaged one; nothing is written", async () => {
    const target = await emptyDatabase("sqlite");
    dbs.push(target);
    await migrate(target.url);
    const notBackup = join(dir, "notes.txt");
    writeFileSync(notBackup, "hello");
    const damaged = join(dir, "damaged.db");
    const good = readFileSync(join(dir, "quiet.db"));
    writeFileSync(damaged, Buffer.concat([good.subarray(0, 4096), Buffer.alloc(good.length - 4096, 0x5a)]));
    const otherDb = join(dir, "other.db");
    new Database(otherDb).exec("CREATE TABLE t (x)");
    const newer = join(dir, "newer.db");
    copyFileSync(join(dir, "quiet.db"), newer);
    const n = new Database(newer);
    n.exec(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, applied_steps_count) VALUES ('x', 'x', '9999_future', 1)`);
    n.close();
    for (const file of [join(dir, "missing.db"), notBackup, damaged, otherDb, newer]) {
      const r = await run(["restore", file], target.url);
      expect(r.code, `${file}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain(file);
      expect(rowCount(await tableRows(target.url))).toBe(0);
    }
    expect((await run(["restore"], target.url)).code).toBe(1);
    expect((await run(["backup"], target.url)).code).toBe(1);
  }, 300_000);

  it("dump refuses to be lossy: a column it does not know is a database error, and no file is written", async () => {
    const t = await emptyDatabase("sqlite");
    dbs.push(t);
    await migrate(t.url);
    const d = new Database(sqlitePath(t.url));
    d.exec(`ALTER TABLE "Relation" ADD COLUMN "weight" REAL`);
    d.close();
    const out = join(dir, "lossy.json");
    const r = await run(["dump", "--out", out], t.url);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(out);
    expect(r.stderr).toContain("Relation.weight");
    expect(existsSync(out)).toBe(false);
  }, 300_000);
});

// PostgreSQL is there whenever REQUIRE_SERVICES=1 (CI); elsewhere these run when it is reachable, as every PG test.
if (providers.includes("postgresql")) describe("backup and restore of a PostgreSQL database", () => {
  const dbs: TestDb[] = [];
  let source: TestDb;
  let file: string;
  /** Restored into by the first test, then non-empty. */
  let target: TestDb;
  beforeAll(async () => {
    source = await seededDatabase("postgresql");
    dbs.push(source);
    await curate(source.db, "backup-pg");
    file = join(dir, "graph.pgdump");
  });
  afterAll(async () => {
    for (const d of dbs) await d.drop();
  });

  it("pg_dump -> pg_restore into an empty database gives every table row by row; a non-empty one needs --force", async () => {
    const b = await run(["backup", file], source.url);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toContain(file);
    const expected = await tableRows(source.url);
    expectRich(expected);
    target = await emptyDatabase("postgresql");
    dbs.push(target);
    const r = await run(["restore", file], target.url);
    expect(r.code, r.stderr).toBe(0);
    expect(await tableRows(target.url)).toEqual(expected);

    // Refused once it holds rows, then replaced whole.
    const seeded = target;
    await createKey(seeded.db.prisma, "only-here", "ADMIN");
    const before = await tableRows(seeded.url);
    const refused = await run(["restore", file], seeded.url);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(file);
    expect(await tableRows(seeded.url)).toEqual(before);
    const forced = await run(["restore", file, "--force"], seeded.url);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await tableRows(seeded.url)).toEqual(expected);
  }, 300_000);

  it("a restore that fails part-way (a truncated file) leaves the database as it was, even with --force", async () => {
    const before = await tableRows(target.url);
    const good = readFileSync(file);
    // Long enough for its table of contents to read, too short for its data.
    const truncated = join(dir, "truncated.pgdump");
    writeFileSync(truncated, good.subarray(0, Math.floor(good.length / 2)));
    const r = await run(["restore", truncated, "--force"], target.url);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(truncated);
    expect(r.stderr).toContain("nothing was written");
    expect(await tableRows(target.url)).toEqual(before);
    // A header only: its table of contents cannot be read, a data error before anything runs.
    const header = join(dir, "header.pgdump");
    writeFileSync(header, good.subarray(0, 200));
    const h = await run(["restore", header, "--force"], target.url);
    expect(h.code).toBe(2);
    expect(h.stderr).toContain(header);
    expect(await tableRows(target.url)).toEqual(before);
  }, 300_000);

  it("a backup of a newer release (a migration unknown here) is refused before anything is written", async () => {
    await source.db.prisma.$executeRawUnsafe(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, applied_steps_count) VALUES ('future', 'x', '9999_future', 1)`,
    );
    const newer = join(dir, "newer.pgdump");
    expect((await run(["backup", newer], source.url)).code).toBe(0);
    const empty = await emptyDatabase("postgresql");
    dbs.push(empty);
    const r = await run(["restore", newer], empty.url);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(newer);
    expect(r.stderr).toContain("9999_future");
    expect(await tableRows(empty.url)).toEqual({});
  }, 300_000);

  it("a backup of one kind of database does not restore into the other; an unreachable database is exit 3", async () => {
    const sqlite = await emptyDatabase("sqlite");
    dbs.push(sqlite);
    const r = await run(["restore", file], sqlite.url);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain("dump");
    const down = "postgresql://nobody@127.0.0.1:1/none";
    const out = join(dir, "unreachable.pgdump");
    const b = await run(["backup", out], down);
    expect(b.code).toBe(3);
    expect(b.stderr).toContain(out);
    expect(existsSync(out)).toBe(false);
    const d = await run(["dump", "--out", out], down);
    expect(d.code).toBe(3);
    expect(existsSync(out)).toBe(false);
    expect((await run(["restore", file], down)).code).toBe(3);
  }, 300_000);
});

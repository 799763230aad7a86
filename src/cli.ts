// The `policing-graph` command (bin/policing-graph.js runs this file through tsx; `npm run cli -- ...` too).
//
// Exit codes, for scripts:
//   0  success
//   1  usage error: unknown command or option, bad option value or filter, bad DATABASE_URL, an --out that
//      cannot be written ("Output error: ... '<path>': <why>")
//   2  data error: an import file or data/ failed validation, or a key name is taken or unknown, or a file to
//      restore is not a usable backup or the database is not empty (nothing was written)
//   3  database error: the database could not be reached, migrated, read or written
import { createWriteStream, existsSync, lstatSync, mkdirSync, openSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { finished } from "node:stream/promises";
import { Command, CommanderError, Option } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { loadConfig, isPostgresUrl, DEFAULT_DATABASE_URL } from "./config.js";
import { createDb, sqliteServerPid, type DbHandle } from "./store/db.js";
import { isBusy } from "./errors.js";
import { DataErrors } from "./data/read.js";

export const EXIT = { OK: 0, USAGE: 1, DATA: 2, DATABASE: 3 } as const;

class UsageError extends Error {}

function progressBar(label: string): { bar: SingleBar | null; stop(): void } {
  if (!process.stderr.isTTY) return { bar: null, stop() {} };
  const bar = new SingleBar(
    { format: `${label} [{bar}] {value}/{total} {unit}`, stream: process.stderr, hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  return { bar, stop: () => bar.stop() };
}

function openDb(): DbHandle {
  let url: string;
  try {
    url = loadConfig().DATABASE_URL;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  // SQLite: a write waits (blocking is fine here) for a running server's or another command's write to finish.
  return createDb(url, { busyTimeoutMs: 60_000 });
}

/** After an import or seed committed: the servers' cached answers are stale; tell them (through Redis). */
async function invalidateServerCaches(): Promise<void> {
  const { invalidateAfterBulkWrite } = await import("./curation/events.js");
  const config = loadConfig();
  // A server on the same SQLite file keeps its cache in its process unless it shares Redis: signal it.
  if (!config.REDIS_URL && !isPostgresUrl(config.DATABASE_URL)) {
    const pid = sqliteServerPid(config.DATABASE_URL);
    if (pid)
      try {
        process.kill(pid, "SIGUSR2");
      } catch {
        // it stopped meanwhile: no cache left to drop
      }
  }
  const outcome = await invalidateAfterBulkWrite({ redisUrl: config.REDIS_URL, prefix: config.REDIS_PREFIX });
  if (outcome === "unreachable")
    console.error(
      `Warning: Redis (REDIS_URL) is unreachable, so the servers' cached answers were not invalidated; they may answer from before this write for up to RESPONSE_CACHE_TTL_MS (${config.RESPONSE_CACHE_TTL_MS} ms).`,
    );
}

async function withDb<T>(fn: (db: DbHandle) => Promise<T>): Promise<T> {
  const db = openDb();
  try {
    return await fn(db);
  } finally {
    await db.prisma.$disconnect().catch(() => {});
  }
}

/** Rows per table, for the messages of backup, restore and dump. */
const summary = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([t, n]) => `${n} ${t}`)
    .join(", ");

/** Prefixes an error's message with what failed (naming the file), keeping its class (its exit code). */
function named(e: unknown, what: string): unknown {
  if (!(e instanceof Error) || e.name === "BackupError") return e;
  e.message = `${what}: ${e.message.trim().split("\n").filter(Boolean).pop() ?? e.message}`;
  return e;
}

const program = new Command("policing-graph")
  .description("The policing knowledge graph: server, database, imports and exports.\nDatabase: DATABASE_URL (file:... SQLite or postgresql://...), default the embedded SQLite file var/policing-graph.db.")
  .showHelpAfterError("(run with --help for usage)")
  .addHelpText(
    "after",
    `
Exit codes: 0 ok, 1 usage error, 2 data/validation error (nothing written), 3 database error.

Examples:
  $ policing-graph serve --port 4000
  $ policing-graph seed
  $ policing-graph export --format graphml --out graph.graphml
  $ policing-graph export --format csv --out exports/
  $ policing-graph import exports/nodes.csv exports/edges.csv --dry-run
  $ policing-graph keys create alice --role curator
  $ policing-graph backup backups/graph.db
  $ DATABASE_URL=file:var/restored.db policing-graph restore backups/graph.db
  $ policing-graph dump --out graph.json`,
  )
  .exitOverride();

program
  .command("serve")
  .description("Start the GraphQL API (and /export/* downloads); migrates and seeds an empty database first.")
  .option("-p, --port <port>", "HTTP port (default: PORT or 4000)")
  .addHelpText("after", "\nExamples:\n  $ policing-graph serve\n  $ DATABASE_URL=postgresql://user@localhost/graph policing-graph serve --port 8080")
  .action(async (opts: { port?: string }) => {
    if (opts.port) {
      if (!/^\d+$/.test(opts.port)) throw new UsageError(`option '--port': expected a number, got '${opts.port}'`);
      process.env.PORT = opts.port;
    }
    const { serve } = await import("./http/serve.js");
    await serve(loadConfig());
    await new Promise(() => {}); // serve() exits the process on SIGINT/SIGTERM
  });

program
  .command("migrate")
  .description("Apply pending migrations to the database.")
  .addHelpText("after", "\nExamples:\n  $ policing-graph migrate\n  $ DATABASE_URL=postgresql://user@localhost/graph policing-graph migrate")
  .action(async () => {
    const { migrate } = await import("./store/migrate.js");
    const db = openDb();
    await db.prisma.$disconnect();
    const applied = await migrate(db.url);
    console.error(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
  });

program
  .command("seed")
  .description("Migrate, then load the curated data of data/ (idempotent, one transaction).")
  .addHelpText("after", "\nExamples:\n  $ policing-graph seed")
  .action(async () => {
    const { prepareDatabase } = await import("./data/bootstrap.js");
    await withDb(async (db) => {
      const { seeded: s } = await prepareDatabase(db, { seed: "always" });
      await invalidateServerCaches();
      console.error(
        `Loaded ${s!.entities} entities, ${s!.relations} relationships, ${s!.claims} claims, ${s!.sources} sources ` +
          `(${s!.written.created} rows created, ${s!.written.updated} updated, ${s!.written.deleted} deleted).`,
      );
    });
  });

program
  .command("import")
  .description("Import nodes and relationships (with their sources) from CSV (nodes.csv/edges.csv as exported) or JSON (the JSON-LD export, or {nodes, edges}). All or nothing.")
  .argument("<file...>", "files to import; the format follows the extension unless --format is given")
  .option("-n, --dry-run", "validate and report what would change, write nothing")
  .addOption(new Option("-f, --format <format>", "input format").choices(["csv", "json"]))
  .option("--json", "print the summary as JSON on stdout")
  .addHelpText("after", "\nExamples:\n  $ policing-graph import exports/nodes.csv exports/edges.csv --dry-run\n  $ policing-graph import graph.jsonld\n  $ policing-graph import data.txt --format json")
  .action(async (files: string[], opts: { dryRun?: boolean; format?: "csv" | "json"; json?: boolean }) => {
    const { importBatch } = await import("./import/load.js");
    const { readImportFiles } = await import("./import/read.js");
    const { migrate } = await import("./store/migrate.js");
    const batch = readImportFiles(files, opts.format);
    await withDb(async (db) => {
      await migrate(db.url);
      const p = progressBar(opts.dryRun ? "Checking" : "Importing");
      p.bar?.start(batch.nodes.length + batch.edges.length, 0, { unit: "rows" });
      let summary;
      try {
        summary = await importBatch(db.prisma, batch, { dryRun: opts.dryRun, progress: (done) => p.bar?.update(done) });
      } finally {
        p.stop();
      }
      if (!summary.dryRun) {
        const { refreshStatistics } = await import("./store/db.js");
        await refreshStatistics(db);
        await invalidateServerCaches();
      }
      if (opts.json) {
        console.log(JSON.stringify(summary, null, 2));
        return;
      }
      const lines = [`${summary.dryRun ? "Dry run (nothing written)" : "Imported"}: kind  created  updated  unchanged`];
      for (const [what, m] of [["node", summary.nodes], ["edge", summary.edges]] as const)
        for (const [kind, c] of Object.entries(m)) lines.push(`  ${what} ${kind.padEnd(16)} ${String(c.created).padStart(7)}  ${String(c.updated).padStart(7)}  ${String(c.unchanged).padStart(9)}`);
      lines.push(`  sources created: ${summary.sourcesCreated}`);
      console.error(lines.join("\n"));
    });
  });

program
  .command("export")
  .description("Export the graph or a subgraph as GraphML, JSON-LD or CSV, to standard output or --out.")
  .addOption(new Option("-f, --format <format>", "output format").choices(["graphml", "jsonld", "csv"]).makeOptionMandatory())
  .option("-o, --out <path>", "output file; for csv a folder (existing, or ending in /) receives nodes.csv and edges.csv")
  .addOption(new Option("--table <table>", "csv to standard output or a file: which table").choices(["nodes", "edges"]).default("nodes"))
  .option("--kinds <kinds>", "entity kinds, comma-separated (e.g. ORGANIZATION,COUNTRY)")
  .option("--relation-kinds <kinds>", "relation kinds, comma-separated (e.g. MEMBER_OF,COOPERATES_WITH)")
  .option("--crime-area <slug>", "only a crime area and the entities working on it")
  .option("--as-of <date>", "only relationships that held on this day (YYYY-MM-DD)")
  .option("--from <date>", "only relationships overlapping from..to")
  .option("--to <date>", "only relationships overlapping from..to")
  .option("--around <node>", "only the neighbourhood of a node, e.g. ORGANIZATION:europol")
  .option("--depth <n>", "neighbourhood depth (default 1, at most 5)")
  .addHelpText(
    "after",
    "\nExamples:\n  $ policing-graph export --format graphml > graph.graphml\n  $ policing-graph export --format jsonld --around ORGANIZATION:europol --depth 2 --out europol.jsonld\n  $ policing-graph export --format csv --out exports/\n  $ policing-graph export --format csv --table edges --relation-kinds MEMBER_OF --as-of 2020-01-01",
  )
  .action(async (opts: Record<string, string | undefined>) => {
    const { parseFilter, FilterError, resolveSelection } = await import("./export/subgraph.js");
    const raw = {
      kinds: opts.kinds,
      relationKinds: opts.relationKinds,
      crimeArea: opts.crimeArea,
      asOf: opts.asOf,
      from: opts.from,
      to: opts.to,
      around: opts.around,
      depth: opts.depth,
    };
    const OPTION: Record<string, string> = { kinds: "--kinds", relationKinds: "--relation-kinds", crimeArea: "--crime-area", asOf: "--as-of", from: "--from", to: "--to", around: "--around", depth: "--depth" };
    const usage = (e: unknown) => (e instanceof FilterError ? new UsageError(`option '${OPTION[e.parameter] ?? e.parameter}': ${e.message.replace(/^parameter '[^']*': /, "")}`) : e);
    let filter;
    try {
      filter = parseFilter(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
    } catch (e) {
      throw usage(e);
    }
    // The output first: a path that cannot be written is the caller's mistake, said before any database work.
    const csvFolder = opts.format === "csv" && opts.out && (opts.out.endsWith("/") || (existsSync(opts.out) && statSync(opts.out).isDirectory()));
    if (csvFolder) makeFolder(opts.out!);
    const outputs: Output[] = [];
    const target = (file: string | undefined): Output => {
      const o = file ? openOutput(file) : stdoutOutput();
      outputs.push(o);
      return o;
    };
    let files: { table: "nodes" | "edges"; out: Output }[];
    try {
      files = csvFolder ? (["nodes", "edges"] as const).map((table) => ({ table, out: target(join(opts.out!, `${table}.csv`)) })) : [{ table: opts.table as "nodes" | "edges", out: target(opts.out) }];
    } catch (e) {
      for (const o of outputs) o.discard();
      throw e;
    }
    try {
      await withDb(async (db) => {
        if (db.url === DEFAULT_DATABASE_URL) {
          // The embedded database: make it usable as `npm start` would (migrate, seed when empty).
          const { prepareDatabase } = await import("./data/bootstrap.js");
          await prepareDatabase(db);
        }
        let sel;
        try {
          sel = await resolveSelection(db.prisma, filter);
        } catch (e) {
          throw usage(e);
        }
        const total = (await db.prisma.entity.count({ where: sel.entityWhere })) + (await db.prisma.relation.count({ where: sel.relationWhere }));
        const p = progressBar("Exporting");
        p.bar?.start(total, 0, { unit: "nodes+edges" });
        const tick = () => p.bar?.increment();
        try {
          if (opts.format === "csv") {
            const { writeCsv } = await import("./export/csv.js");
            for (const f of files) {
              await writeCsv(db.prisma, f.table, sel, f.out.stream, tick);
              await f.out.done();
            }
          } else {
            const out = files[0].out;
            if (opts.format === "graphml") await (await import("./export/graphml.js")).writeGraphML(db.prisma, sel, out.stream, tick);
            else await (await import("./export/jsonld.js")).writeJsonLd(db.prisma, sel, out.stream, tick);
            await out.done();
          }
        } finally {
          p.stop();
        }
      });
    } catch (e) {
      // A failed write is reported as such (not as the database error it would otherwise be taken for); a file
      // left half-written would look like a whole export, so it goes.
      const failed = outputs.find((o) => o.error);
      for (const o of outputs) o.discard();
      throw failed ? new OutputError(failed.path!, failed.error!) : e;
    }
  });

interface Output {
  stream: NodeJS.WritableStream;
  /** The file, or null for standard output. */
  path: string | null;
  /** The first write error of the file, if any. */
  error: NodeJS.ErrnoException | null;
  done(): Promise<void>;
  discard(): void;
}

/** What a file system error means for a path the user gave, in words. */
function fsReason(path: string, e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case "ENOENT":
      return `no such folder '${dirname(resolve(path))}'`;
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    case "EISDIR":
      return "it is a folder (for csv, a folder receives nodes.csv and edges.csv)";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on the device";
    default:
      return err.code ? `${err.code}: ${err.message}` : String(err.message ?? err);
  }
}

class OutputError extends Error {
  constructor(path: string, cause: unknown) {
    super(`option '--out': cannot write '${path}': ${fsReason(path, cause)}`);
    this.name = "OutputError";
  }
}

function makeFolder(path: string) {
  try {
    mkdirSync(path, { recursive: true });
  } catch (e) {
    throw new OutputError(path, e);
  }
}

/** A file opened (created or truncated) now, so a bad path fails before the export starts. */
function openOutput(path: string): Output {
  let fd: number;
  try {
    fd = openSync(path, "w");
  } catch (e) {
    throw new OutputError(path, e);
  }
  const stream = createWriteStream(path, { fd });
  const o: Output = {
    stream,
    path,
    error: null,
    async done() {
      stream.end();
      await finished(stream);
    },
    discard() {
      stream.destroy();
      // Only a regular file: --out may name a device (/dev/stdout, /dev/null) or a pipe, which must stay.
      if (lstatSync(path, { throwIfNoEntry: false })?.isFile()) rmSync(path, { force: true });
    },
  };
  // Without a listener, a failed write (disk full ...) would be an uncaught 'error' event that ends the process
  // with a stack trace; with it, the export's next write fails and the error is reported with the path.
  stream.on("error", (e: NodeJS.ErrnoException) => (o.error ??= e));
  return o;
}

function stdoutOutput(): Output {
  return { stream: process.stdout, path: null, error: null, done: async () => {}, discard: () => {} };
}

program
  .command("backup")
  .description("Copy the whole database to a file, consistently while a server runs: SQLite through its online backup API (rows still in the WAL included), PostgreSQL through pg_dump (custom format).")
  .argument("<file>", "the backup file (written under a temporary name, renamed when complete)")
  .addHelpText(
    "after",
    "\nExamples:\n  $ policing-graph backup backups/graph-$(date +%F).db\n  $ DATABASE_URL=postgresql://user@localhost/graph policing-graph backup backups/graph.pgdump\n\nRestore with 'policing-graph restore <file>' into the same kind of database; for the other kind, use 'dump'. See docs/deployment.md#backup-and-restore.",
  )
  .action(async (file: string) => {
    const { backupSqlite, backupPostgres } = await import("./store/backup.js");
    const db = openDb();
    await db.prisma.$disconnect();
    let counts;
    try {
      counts = db.provider === "postgresql" ? await backupPostgres(db.url, file) : await backupSqlite(db.url, file);
    } catch (e) {
      throw named(e, `backup to ${file} failed (no backup written)`);
    }
    console.error(`Backed up to ${file}: ${summary(counts)}.`);
  });

program
  .command("restore")
  .description("Restore a backup (of 'backup') or a JSON dump (of 'dump') into the database. Refuses a database that holds any row unless --force; all or nothing.")
  .argument("<file>", "a SQLite backup, a pg_dump custom-format file or a JSON dump; the kind is read from the file")
  .option("--force", "replace the contents of a database that is not empty")
  .addHelpText(
    "after",
    "\nExamples:\n  $ DATABASE_URL=file:var/restored.db policing-graph restore backups/graph.db\n  $ DATABASE_URL=postgresql://user@localhost/graph policing-graph restore graph.json --force\n\nA SQLite backup restores into SQLite, a pg_dump file into PostgreSQL, a JSON dump into either.",
  )
  .action(async (file: string, opts: { force?: boolean }) => {
    const { backupKind, restoreSqlite, restorePostgres, rowCounts, BackupError } = await import("./store/backup.js");
    const { migrate } = await import("./store/migrate.js");
    const kind = backupKind(file);
    const db = openDb();
    const force = opts.force === true;
    try {
      if (kind === "json") {
        const { readDump, restoreDump } = await import("./import/restore.js");
        const dump = readDump(file, db.provider);
        await restoreDump(db, file, dump, force);
      } else {
        await db.prisma.$disconnect();
        const want = kind === "sqlite" ? "sqlite" : "postgresql";
        if (db.provider !== want)
          throw new BackupError(`${file}: a ${kind === "sqlite" ? "SQLite" : "PostgreSQL (pg_dump)"} backup cannot be restored into ${db.provider === "sqlite" ? "SQLite" : "PostgreSQL"}; move data between the two with 'policing-graph dump' and 'restore'`);
        if (kind === "sqlite") await restoreSqlite(file, db.url, force);
        else await restorePostgres(file, db.url, force);
        // A backup of an older release: bring it to this release's schema.
        await migrate(db.url);
      }
    } catch (e) {
      throw e instanceof BackupError ? e : named(e, `restore of ${file} failed`);
    } finally {
      await db.prisma.$disconnect().catch(() => {});
    }
    console.error(`Restored ${file}: ${summary(await rowCounts(db.url))}.`);
  });

program
  .command("dump")
  .description("Write every row of every table (entities, relationships, sources, claims, citations with quote offsets, history, API key hashes, retirements) as JSON, losslessly: 'restore' reads it back into SQLite or PostgreSQL.")
  .addOption(new Option("-f, --format <format>", "dump format").choices(["json"]).default("json"))
  .option("-o, --out <file>", "output file (written under a temporary name, renamed when complete); default standard output")
  .addHelpText("after", "\nExamples:\n  $ policing-graph dump --out graph.json\n  $ DATABASE_URL=postgresql://user@localhost/graph policing-graph restore graph.json")
  .action(async (opts: { out?: string }) => {
    const { writeDump } = await import("./export/dump.js");
    const db = openDb();
    await db.prisma.$disconnect();
    const p = progressBar("Dumping");
    p.bar?.start(0, 0, { unit: "rows" });
    let counts;
    try {
      if (!opts.out) counts = await writeDump(db.url, process.stdout, (n) => p.bar?.update(n));
      else {
        const { rename, rm } = await import("node:fs/promises");
        const tmp = `${opts.out}.partial-${process.pid}`;
        try {
          const s = createWriteStream(tmp);
          const failed = new Promise<never>((_, reject) => s.on("error", reject));
          counts = await Promise.race([writeDump(db.url, s, (n) => p.bar?.update(n)), failed]);
          s.end();
          await finished(s);
          await rename(tmp, opts.out);
        } finally {
          await rm(tmp, { force: true });
        }
      }
    } catch (e) {
      throw named(e, `dump${opts.out ? ` to ${opts.out}` : ""} failed`);
    } finally {
      p.stop();
    }
    if (opts.out) console.error(`Dumped to ${opts.out}: ${summary(counts)}.`);
  });

const keys = program
  .command("keys")
  .description("Manage API keys: readers may read, curators may also change the graph, admins may do everything.")
  .addHelpText(
    "after",
    "\nExamples:\n  $ policing-graph keys create alice --role curator\n  $ policing-graph keys list\n  $ policing-graph keys revoke alice\n\nSend a key as 'Authorization: Bearer pgk_...' (or 'x-api-key: pgk_...'); see docs/curation.md.",
  );

keys
  .command("create")
  .description("Create a key and print its secret once (only its SHA-256 is stored).")
  .argument("<name>", "a unique name for the key (who or what uses it), recorded as the actor of its changes")
  .addOption(new Option("-r, --role <role>", "what the key may do").choices(["reader", "curator", "admin"]).makeOptionMandatory())
  .option("--json", "print {name, role, key} as JSON on stdout")
  .addHelpText("after", "\nExamples:\n  $ policing-graph keys create alice --role curator\n  $ policing-graph keys create ci-bot --role reader --json")
  .action(async (name: string, opts: { role: string; json?: boolean }) => {
    const { createKey, parseRole } = await import("./auth/keys.js");
    const { migrate } = await import("./store/migrate.js");
    await withDb(async (db) => {
      await migrate(db.url);
      const k = await createKey(db.prisma, name, parseRole(opts.role));
      if (opts.json) console.log(JSON.stringify({ name: k.name, role: k.role, key: k.secret }));
      else {
        console.log(k.secret);
        console.error(`Created ${k.role} key '${k.name}'. Store it now: it cannot be shown again.`);
      }
    });
  });

keys
  .command("list")
  .description("List keys: name, role, prefix, created, last used, revoked (never the secrets).")
  .option("--json", "print the keys as JSON on stdout")
  .addHelpText("after", "\nExamples:\n  $ policing-graph keys list\n  $ policing-graph keys list --json")
  .action(async (opts: { json?: boolean }) => {
    const { listKeys } = await import("./auth/keys.js");
    const { migrate } = await import("./store/migrate.js");
    await withDb(async (db) => {
      await migrate(db.url);
      const rows = await listKeys(db.prisma);
      if (opts.json) {
        console.log(JSON.stringify(rows, null, 2));
        return;
      }
      const day = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "-");
      const lines = ["name                 role     prefix    created           last used         revoked"];
      for (const k of rows)
        lines.push(`${k.name.padEnd(20)} ${k.role.padEnd(8)} ${k.prefix.padEnd(9)} ${day(k.createdAt).padEnd(17)} ${day(k.lastUsedAt).padEnd(17)} ${day(k.revokedAt)}`);
      console.log(lines.join("\n"));
    });
  });

keys
  .command("revoke")
  .description("Revoke a key: requests with it are refused (UNAUTHENTICATED) from now on.")
  .argument("<name>", "the key's name")
  .addHelpText("after", "\nExamples:\n  $ policing-graph keys revoke alice")
  .action(async (name: string) => {
    const { revokeKey, KeyError } = await import("./auth/keys.js");
    const { migrate } = await import("./store/migrate.js");
    await withDb(async (db) => {
      await migrate(db.url);
      if (!(await revokeKey(db.prisma, name))) throw new KeyError(`no active key named '${name}'`);
      console.error(`Revoked key '${name}'.`);
    });
  });

function exitCodeOf(e: unknown): number {
  if (e instanceof UsageError || e instanceof OutputError) return EXIT.USAGE;
  if (e instanceof DataErrors || ["ImportErrors", "DataErrors", "KeyError", "BackupError"].includes((e as Error)?.name)) return EXIT.DATA;
  return EXIT.DATABASE;
}

async function main(argv: string[]) {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(EXIT.OK);
  });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with code 0; unknown commands/options and missing arguments with 1.
      process.exitCode = e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
      return;
    }
    const code = exitCodeOf(e);
    let message = e instanceof Error ? e.message : String(e);
    // Prisma's messages quote the calling source; the cause is the last line.
    if (code === EXIT.DATABASE) message = message.trim().split("\n").filter(Boolean).pop() ?? message;
    if (code === EXIT.DATABASE && isBusy(e) && !/nothing was written/.test(message))
      message = "the database is busy: another process (a server's write, an import, a seed) kept its write lock; nothing was written, retry later";
    const label = e instanceof OutputError ? "Output error" : code === EXIT.USAGE ? "Usage error" : code === EXIT.DATA ? "Data error" : "Database error";
    console.error(`${label}: ${message}`);
    process.exitCode = code;
  }
}

await main(process.argv);

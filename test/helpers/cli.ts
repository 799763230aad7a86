// The `policing-graph` command as a script runs it: bin/policing-graph.js in a child process.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

export const BIN = fileURLToPath(new URL("../../bin/policing-graph.js", import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024, cwd }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Starts the command without waiting for it; stdout and stderr are collected. */
export function startCli(args: string[], env: Record<string, string> = {}): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** Pids of the live processes whose command line contains `needle` (Linux /proc). */
export function processesWith(needle: string): number[] {
  const pids: number[] = [];
  for (const p of readdirSync("/proc")) {
    if (!/^\d+$/.test(p) || Number(p) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${p}/cmdline`, "utf8").includes(needle)) pids.push(Number(p));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** Whether some connection holds the write lock of a SQLite file now (a write transaction is open). */
export function writeLocked(file: string): boolean {
  const db = new Database(file, { timeout: 0 });
  try {
    db.exec("BEGIN IMMEDIATE");
    db.exec("ROLLBACK");
    return false;
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith("SQLITE_BUSY")) return true;
    throw e;
  } finally {
    db.close();
  }
}

/** A {nodes} import file of `n` new organizations (slugs `<prefix>-<i>`). */
export function writeOrganizations(file: string, n: number, prefix: string): void {
  const nodes = Array.from({ length: n }, (_, i) => ({
    kind: "ORGANIZATION",
    slug: `${prefix}-${i}`,
    name: `Imported body ${i}`,
    orgKind: "REGIONAL_BODY",
    sources: ["bulk-survey"],
  }));
  writeFileSync(file, JSON.stringify({ nodes, edges: [] }));
}

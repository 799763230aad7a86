// SQLite reads that scan much of the graph (aggregates) run on a worker thread with a read-only connection of its
// own. better-sqlite3 runs a statement to its end on the calling thread and cannot be interrupted, so on the main
// thread a GROUP BY over 200k relations froze every request, /health included, for as long as it ran (127 s
// before the aggregates were rewritten). In WAL mode (migrate.ts) the worker reads committed data while the main
// connection writes. A statement still running after `timeoutMs` is answered as a statement timeout (QUERY_TIMEOUT,
// 503, as PostgreSQL's statement_timeout) and its worker terminated; the thread itself ends when SQLite returns
// (the step cannot be interrupted), and the next scan starts a fresh worker.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

// CommonJS, evaluated in the worker: no file of ours to resolve under tsx (src/*.ts) or tsc (dist/*.js).
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.module);
const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
for (const p of workerData.pragmas) db.pragma(p);
const prepared = new Map();
parentPort.on("message", ({ id, sql, params }) => {
  try {
    let st = prepared.get(sql);
    if (!st) {
      if (prepared.size >= 100) prepared.clear();
      prepared.set(sql, (st = db.prepare(sql).safeIntegers(false)));
    }
    parentPort.postMessage({ id, rows: st.all(...params) });
  } catch (e) {
    parentPort.postMessage({ id, error: { message: String(e && e.message), code: e && e.code } });
  }
});`;

const SQLITE_MODULE = createRequire(import.meta.url).resolve("better-sqlite3");
/** A worker left idle this long is stopped (a test suite opens many databases). */
const IDLE_MS = 30_000;
/** The worker's own heap: rows of an aggregate are few; a runaway result fails there, not in the server's heap. */
const WORKER_HEAP_MB = 64;
/**
 * The aggregates' temporary structures (DISTINCT pairs, automatic indexes, GROUP BY) are a few MB since they were
 * rewritten: in memory they are several times faster than in temporary files; a 16 MB page cache for the scans.
 */
const PRAGMAS = ["temp_store = MEMORY", "cache_size = -16384"];

interface Pending {
  resolve: (rows: unknown[]) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout | null;
}

export class StatementTimeoutError extends Error {
  // Classified by src/http/unavailable.ts as a statement timeout (QUERY_TIMEOUT).
  readonly code = "57014";
  constructor(ms: number) {
    super(`canceling statement due to statement timeout: a SQLite scan ran longer than ${ms} ms`);
  }
}

export function sqliteScanner(path: string, timeoutMs: number) {
  let worker: Worker | null = null;
  const pending = new Map<number, Pending>();
  let next = 0;
  let idle: NodeJS.Timeout | null = null;

  const stop = (w: Worker, error: Error) => {
    if (worker !== w) return;
    worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      if (p.timer) clearTimeout(p.timer);
      p.reject(error);
    }
    void w.terminate();
  };

  const start = () => {
    const w = new Worker(WORKER, {
      eval: true,
      workerData: { path, module: SQLITE_MODULE, pragmas: PRAGMAS },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    w.unref();
    w.on("message", (m: { id: number; rows?: unknown[]; error?: { message: string; code?: string } }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (p.timer) clearTimeout(p.timer);
      if (m.error) p.reject(Object.assign(new Error(m.error.message), { code: m.error.code }));
      else p.resolve(m.rows!);
      if (!pending.size) {
        idle = setTimeout(() => stop(w, new Error("SQLite scan worker stopped")), IDLE_MS);
        idle.unref();
      }
    });
    w.on("error", (e) => stop(w, e));
    w.on("exit", () => stop(w, new Error("SQLite scan worker exited")));
    return w;
  };

  return <T>(sql: string, params: unknown[]): Promise<T[]> =>
    new Promise<T[]>((resolve, reject) => {
      if (idle) clearTimeout(idle);
      idle = null;
      const w = (worker ??= start());
      const id = next++;
      const timer = timeoutMs > 0 ? setTimeout(() => stop(w, new StatementTimeoutError(timeoutMs)), timeoutMs) : null;
      pending.set(id, { resolve: resolve as (rows: unknown[]) => void, reject, timer });
      w.postMessage({ id, sql, params });
    });
}

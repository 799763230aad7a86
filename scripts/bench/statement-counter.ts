// Benchmarks only (scripts/bench/server.ts): sets the response header x-sql-statements to the number of SQL
// statements issued while the request was handled. The counter (createDb().stats) is shared by the process, so the
// number is exact only when requests do not overlap; the benchmark reads it from sequential requests.
import type { Plugin } from "graphql-yoga";
import type { DbHandle } from "../../src/store/db.js";

export function useStatementCounter(db: DbHandle): Plugin {
  const started = new WeakMap<Request, number>();
  return {
    onRequest({ request }) {
      started.set(request, db.stats.statements);
    },
    onResponse({ request, response }) {
      const before = started.get(request);
      if (before !== undefined) response.headers.set("x-sql-statements", String(db.stats.statements - before));
    },
  };
}

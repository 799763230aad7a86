// The relationship graph held in memory for path and neighbourhood searches (src/graph/adjacency.ts), per database
// handle. A breadth-first search over SQL costs one statement per level, and a level that reaches a hub reads
// thousands of rows; in memory a level costs microseconds. The copy is checked against the database on every use:
// triggers bump "GraphVersion" on any change to the graph's shape (migration 0006), and a search whose version
// differs from the copy's rebuilds it first (one build at a time; concurrent searches wait for it). So a write by
// this instance, another instance, an import or a script is seen by the next search, as it would be over SQL.
// The build reads the Relation table in pages of 50,000 rows by id; its statements are not counted in the
// request's SQL statements (they serve every later request) but the build is logged by the caller.
// GRAPH_INDEX=false turns it off: searches then read the database level by level (graph-loader.ts).
import { sql, type RawBuilder } from "kysely";
import type { DbHandle } from "../store/db.js";
import { queryBuilder, run } from "./sql.js";
import { Adjacency, AdjacencyBuilder } from "../graph/adjacency.js";

interface Held {
  version: number;
  adjacency: Adjacency;
  kinds: Map<string, number>;
  builtMs: number;
}

interface State {
  enabled: boolean;
  held: Held | null;
  building: { version: number; promise: Promise<Held> } | null;
}

const states = new WeakMap<DbHandle, State>();
const PAGE = 50_000;

function stateOf(db: DbHandle): State {
  let s = states.get(db);
  if (!s) states.set(db, (s = { enabled: process.env.GRAPH_INDEX !== "false" && process.env.GRAPH_INDEX !== "0", held: null, building: null }));
  return s;
}

/** Turns the in-memory graph on or off for a database handle (config GRAPH_INDEX; tests compare both). */
export function setGraphIndex(db: DbHandle, enabled: boolean) {
  const s = stateOf(db);
  s.enabled = enabled;
  if (!enabled) s.held = null;
}

export interface GraphView {
  adjacency: Adjacency;
  /** Kind name -> the index stored per edge. */
  kinds: Map<string, number>;
}

/** The database's graph version (one statement). */
async function currentVersion(db: DbHandle): Promise<number> {
  const [row] = await run<{ version: number | string }>(db, queryBuilder(db).selectFrom("GraphVersion").select("version").where("id", "=", 1));
  return Number(row?.version ?? 0);
}

/** Epoch milliseconds of a stored timestamp (ISO text on SQLite, timestamp(3) on PostgreSQL), NaN for none. */
function ms(pgsql: boolean, column: string): RawBuilder<number | null> {
  const c = sql.ref(column);
  return pgsql ? sql`(extract(epoch from ${c}) * 1000)::float8` : sql`CAST(round(unixepoch(${c}, 'subsec') * 1000) AS INTEGER)`;
}

async function build(db: DbHandle, version: number): Promise<Held> {
  const t0 = performance.now();
  const pgsql = db.provider === "postgresql";
  const b = new AdjacencyBuilder();
  const kinds = new Map<string, number>();
  let reads = 0;
  let after = 0;
  for (;;) {
    const rows = await run<{ id: number; fromId: number; toId: number; kind: string; vf: number | null; vt: number | null; ra: number | null }>(
      db,
      queryBuilder(db)
        .selectFrom("Relation")
        .select(["id", "fromId", "toId", "kind", ms(pgsql, "validFrom").as("vf"), ms(pgsql, "validTo").as("vt"), ms(pgsql, "retiredAt").as("ra")])
        .where("id", ">", after)
        .orderBy("id")
        .limit(PAGE),
    );
    reads++;
    for (const r of rows) {
      let k = kinds.get(r.kind);
      if (k === undefined) kinds.set(r.kind, (k = kinds.size));
      b.add({ id: r.id, from: r.fromId, to: r.toId, kind: k, validFrom: r.vf ?? NaN, validTo: r.vt ?? NaN, retiredAt: r.ra ?? NaN });
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1].id;
  }
  const retired = await run<{ id: number; ra: number }>(
    db,
    queryBuilder(db).selectFrom("Entity").select(["id", ms(pgsql, "retiredAt").as("ra")]).where("retiredAt", "is not", null),
  );
  reads++;
  for (const e of retired) b.retireEntity(e.id, Number(e.ra));
  db.stats.statements -= reads;
  return { version, adjacency: b.build(), kinds, builtMs: performance.now() - t0 };
}

/**
 * The in-memory graph as of the database's current version (built or rebuilt first when needed), or null when
 * the index is off. Costs one statement (the version check) when the copy is current.
 */
export async function graphView(db: DbHandle): Promise<GraphView | null> {
  const s = stateOf(db);
  if (!s.enabled) return null;
  const version = await currentVersion(db);
  if (s.held && s.held.version === version) return s.held;
  if (!s.building || s.building.version !== version) {
    const promise = build(db, version).then(
      (held) => {
        // A newer build may have finished first; keep the newest.
        if (!s.held || s.held.version <= held.version) s.held = held;
        if (s.building?.promise === promise) s.building = null;
        return held;
      },
      (e: unknown) => {
        if (s.building?.promise === promise) s.building = null;
        throw e;
      },
    );
    s.building = { version, promise };
  }
  return s.building.promise;
}

/** Size and age of the held copy (for /metrics-style reporting and tests). */
export function graphIndexInfo(db: DbHandle): { version: number; edges: number; bytes: number; builtMs: number } | null {
  const h = stateOf(db).held;
  return h ? { version: h.version, edges: h.adjacency.edgeCount, bytes: h.adjacency.bytes, builtMs: h.builtMs } : null;
}

// The whole relationship graph in compact arrays (compressed sparse rows), for path searches that would otherwise
// read the database once per breadth-first level: a million relationships take about 40 MB and answer a frontier
// in microseconds. No database here: graph-index.ts fills it. Each edge keeps what the path filters need: its kind,
// its period (epoch milliseconds, NaN for none) and, for the few retired ones, its retirement; each entity its
// retirement. The filters are those of the SQL frontier (graph-loader.ts) and of context.ts heldOn.
import type { Edge } from "./paths.js";

export interface EdgeInput {
  id: number;
  from: number;
  to: number;
  kind: number;
  validFrom: number;
  validTo: number;
  retiredAt: number;
}

/** Grows typed arrays while edges are added in pages, then freezes them into the adjacency. */
export class AdjacencyBuilder {
  private n = 0;
  private cap = 1024;
  id = new Int32Array(this.cap);
  from = new Int32Array(this.cap);
  to = new Int32Array(this.cap);
  kind = new Uint8Array(this.cap);
  validFrom = new Float64Array(this.cap);
  validTo = new Float64Array(this.cap);
  /** Retired edges are few: their retirement by edge index. */
  private retiredAt = new Map<number, number>();
  private entityRetired = new Map<number, number>();
  private maxNode = 0;

  /** Edges must come in ascending id order (neighbours are listed by id, as the SQL frontier orders them). */
  add(e: EdgeInput) {
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.id[i] = e.id;
    this.from[i] = e.from;
    this.to[i] = e.to;
    this.kind[i] = e.kind;
    this.validFrom[i] = e.validFrom;
    this.validTo[i] = e.validTo;
    if (!Number.isNaN(e.retiredAt)) this.retiredAt.set(i, e.retiredAt);
    if (e.from > this.maxNode) this.maxNode = e.from;
    if (e.to > this.maxNode) this.maxNode = e.to;
  }

  retireEntity(id: number, at: number) {
    this.entityRetired.set(id, at);
  }

  private grow() {
    this.cap *= 2;
    const g = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(this.cap);
      b.set(a);
      return b;
    };
    this.id = g(this.id);
    this.from = g(this.from);
    this.to = g(this.to);
    this.kind = g(this.kind);
    this.validFrom = g(this.validFrom);
    this.validTo = g(this.validTo);
  }

  build(): Adjacency {
    const n = this.n;
    const cut = <T extends Int32Array | Uint8Array | Float64Array>(a: T) => a.slice(0, n) as T;
    let maxNode = this.maxNode;
    for (const id of this.entityRetired.keys()) if (id > maxNode) maxNode = id;
    const entityRetired = new Float64Array(maxNode + 1).fill(NaN);
    for (const [id, at] of this.entityRetired) entityRetired[id] = at;
    // Counting sort of edge indexes by node; a self-loop is listed once.
    const start = new Int32Array(maxNode + 2);
    for (let i = 0; i < n; i++) {
      start[this.from[i] + 1]++;
      if (this.to[i] !== this.from[i]) start[this.to[i] + 1]++;
    }
    for (let v = 0; v <= maxNode; v++) start[v + 1] += start[v];
    const fill = start.slice(0, maxNode + 1);
    const adj = new Int32Array(start[maxNode + 1]);
    for (let i = 0; i < n; i++) {
      adj[fill[this.from[i]]++] = i;
      if (this.to[i] !== this.from[i]) adj[fill[this.to[i]]++] = i;
    }
    return new Adjacency(
      cut(this.id),
      cut(this.from),
      cut(this.to),
      cut(this.kind),
      cut(this.validFrom),
      cut(this.validTo),
      this.retiredAt,
      entityRetired,
      start,
      adj,
    );
  }
}

export class Adjacency {
  constructor(
    readonly id: Int32Array,
    readonly from: Int32Array,
    readonly to: Int32Array,
    readonly kind: Uint8Array,
    readonly validFrom: Float64Array,
    readonly validTo: Float64Array,
    readonly retiredAt: Map<number, number>,
    readonly entityRetired: Float64Array,
    readonly start: Int32Array,
    readonly adj: Int32Array,
  ) {}

  get edgeCount() {
    return this.id.length;
  }

  /** Bytes held by the arrays. */
  get bytes() {
    return (
      [this.id, this.from, this.to, this.kind, this.validFrom, this.validTo, this.entityRetired, this.start, this.adj].reduce((s, a) => s + a.byteLength, 0) +
      this.retiredAt.size * 16
    );
  }

  private live(retiredAt: number, asOf: number | null) {
    return Number.isNaN(retiredAt) || (asOf !== null && retiredAt > asOf);
  }

  private entityLive(id: number, asOf: number | null) {
    return id >= this.entityRetired.length || this.live(this.entityRetired[id], asOf);
  }

  /** Does edge i hold under the filters? `kinds`: a bit per kind index (null: all). */
  holds(i: number, kinds: Set<number> | null, asOf: number | null) {
    if (kinds && !kinds.has(this.kind[i])) return false;
    if (this.retiredAt.size && !this.live(this.retiredAt.get(i) ?? NaN, asOf)) return false;
    if (asOf !== null) {
      const f = this.validFrom[i];
      const t = this.validTo[i];
      if (!Number.isNaN(f) && f > asOf) return false;
      if (!Number.isNaN(t) && t < asOf) return false;
    }
    return this.entityLive(this.from[i], asOf) && this.entityLive(this.to[i], asOf);
  }

  /** The edges incident to each node that hold under the filters, by relation id (the NeighbourFn contract). */
  neighbours(ids: number[], kinds: Set<number> | null, asOf: number | null): Map<number, Edge[]> {
    const out = new Map<number, Edge[]>();
    const maxNode = this.start.length - 2;
    for (const v of new Set(ids)) {
      if (v < 0 || v > maxNode) continue;
      const list: Edge[] = [];
      for (let k = this.start[v]; k < this.start[v + 1]; k++) {
        const i = this.adj[k];
        if (this.holds(i, kinds, asOf)) list.push({ id: this.id[i], from: this.from[i], to: this.to[i] });
      }
      if (list.length) out.set(v, list);
    }
    return out;
  }
}

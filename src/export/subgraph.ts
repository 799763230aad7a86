// Which part of the graph an export covers, and the rows of that part, read page by page.
//
// A selection is the whole graph or a subgraph: entity kinds, relation kinds, a crime area (the area and the
// entities that work on it), a period (asOf, or an overlap with from..to) and the neighbourhood of a node up to a
// depth. Nodes and edges are read with keyset pagination (nodes by kind+slug, edges by their stable key), PAGE_SIZE
// rows at a time, so an export holds one page in memory, never the whole table. Only the two node-set filters
// (crimeArea, around) keep a set of entity ids, of the size of that subgraph.
import { z } from "zod";
import type { Db } from "../store/db.js";
import { EntityKind, RelationKind } from "../data/schema.js";
import { REF_KIND } from "../data/read.js";
import { DayString, formatDay, parseDay } from "../data/dates.js";
import type { Prisma } from "../generated/prisma/sqlite/client.js";

export const PAGE_SIZE = 1000;
export const MAX_DEPTH = 5;

/**
 * A whole number written in plain decimal digits, within min..max. z.coerce.number() would also take "", " 3",
 * "0x3", "3e0" and "3.0" (Number() of them), which no one means as a depth.
 */
const DecimalInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `expected a whole number ${min}..${max} in decimal digits`)
    .transform(Number)
    .pipe(z.number().min(min, `must be ${min}..${max}`).max(max, `must be ${min}..${max}`));

/** Comma-separated list or repeated parameter -> array. */
const List = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) =>
      v == null || v === ""
        ? undefined
        : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(",")).map((s) => s.trim()).filter(Boolean),
    z.array(item).optional(),
  );

/** Filters as they arrive from query parameters or command-line options (strings), validated. */
export const ExportFilter = z
  .strictObject({
    kinds: List(EntityKind),
    relationKinds: List(RelationKind),
    crimeArea: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a crime area slug").optional(),
    asOf: DayString.optional(),
    from: DayString.optional(),
    to: DayString.optional(),
    around: z
      .string()
      .regex(/^[A-Za-z_-]+:[A-Za-z0-9-]+$/, "expected a node id '<KIND>:<slug>' such as 'ORGANIZATION:europol'")
      .optional(),
    depth: DecimalInt(0, MAX_DEPTH).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.from > f.to) ctx.addIssue({ code: "custom", path: ["to"], message: "is before 'from'" });
    if (f.asOf && (f.from || f.to))
      ctx.addIssue({ code: "custom", path: ["asOf"], message: "give either asOf or from/to, not both" });
    if (f.depth != null && !f.around) ctx.addIssue({ code: "custom", path: ["depth"], message: "needs 'around'" });
  });
export type ExportFilter = z.infer<typeof ExportFilter>;
export const FILTER_PARAMS = ["kinds", "relationKinds", "crimeArea", "asOf", "from", "to", "around", "depth"] as const;

export class FilterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`parameter '${parameter}': ${message}`);
    this.name = "FilterError";
  }
}

/** Validates raw filter input; throws FilterError naming the first bad parameter. */
export function parseFilter(raw: Record<string, unknown>): ExportFilter {
  const res = ExportFilter.safeParse(raw);
  if (!res.success) {
    const i = res.error.issues[0];
    throw new FilterError(String(i.path[0] ?? "filter"), i.message);
  }
  return res.data;
}

/** "<KIND>:<slug>" (as exported) or the data files' "org:europol" / "country:HT". */
export function parseNodeRef(ref: string): { kind: string; slug: string } | null {
  const i = ref.indexOf(":");
  if (i < 0) return null;
  const head = ref.slice(0, i);
  const slug = ref.slice(i + 1);
  const kind = (EntityKind.options as readonly string[]).includes(head) ? head : REF_KIND[head];
  if (!kind) return null;
  return { kind, slug: kind === "COUNTRY" ? slug.toLowerCase() : slug };
}

export const nodeId = (e: { kind: string; slug: string }) => `${e.kind}:${e.slug}`;
/** The stable edge id: the relation's key without the loader's "data:" or the importer's "import:" prefix. */
export const edgeId = (key: string) => key.replace(/^(data|import):/, "");

export interface Selection {
  filter: ExportFilter;
  entityWhere: Prisma.EntityWhereInput;
  relationWhere: Prisma.RelationWhereInput;
  /** When set, only these entities (and edges between them). */
  nodeIds?: Set<number>;
}

function periodWhere(f: ExportFilter): Prisma.RelationWhereInput[] {
  const d = parseDay;
  const out: Prisma.RelationWhereInput[] = [];
  const start = f.asOf ?? f.to;
  const end = f.asOf ?? f.from;
  if (start) out.push({ OR: [{ validFrom: null }, { validFrom: { lte: d(start) } }] });
  if (end) out.push({ OR: [{ validTo: null }, { validTo: { gte: d(end) } }] });
  return out;
}

/** Turns a filter into where clauses (and, for crimeArea/around, the set of entity ids). */
export async function resolveSelection(prisma: Db, filter: ExportFilter): Promise<Selection> {
  const kindIn = filter.kinds?.length ? { kind: { in: filter.kinds } } : {};
  const entityWhere: Prisma.EntityWhereInput = { ...kindIn };
  const relationWhere: Prisma.RelationWhereInput = {
    AND: [
      filter.relationKinds?.length ? { kind: { in: filter.relationKinds } } : {},
      ...periodWhere(filter),
      filter.kinds?.length ? { from: kindIn, to: kindIn } : {},
    ],
  };
  let nodeIds: Set<number> | undefined;
  if (filter.crimeArea) {
    const area = await prisma.entity.findUnique({ where: { kind_slug: { kind: "CRIME_AREA", slug: filter.crimeArea } }, select: { id: true } });
    if (!area) throw new FilterError("crimeArea", `no crime area '${filter.crimeArea}'`);
    nodeIds = new Set([area.id]);
    let after = 0;
    for (;;) {
      const page = await prisma.relation.findMany({
        where: { kind: "WORKS_ON", OR: [{ toId: area.id }, { fromId: area.id }], id: { gt: after } },
        select: { id: true, fromId: true, toId: true },
        orderBy: { id: "asc" },
        take: PAGE_SIZE,
      });
      for (const r of page) nodeIds.add(r.fromId).add(r.toId);
      if (page.length < PAGE_SIZE) break;
      after = page[page.length - 1].id;
      await nextTurn();
    }
  }
  if (filter.around) {
    const ref = parseNodeRef(filter.around);
    const start = ref && (await prisma.entity.findUnique({ where: { kind_slug: ref }, select: { id: true } }));
    if (!start) throw new FilterError("around", `no node '${filter.around}'`);
    const seen = new Set([start.id]);
    let frontier = [start.id];
    const edgeFilter: Prisma.RelationWhereInput = relationWhere;
    for (let level = 0; level < (filter.depth ?? 1) && frontier.length; level++) {
      const next: number[] = [];
      for (let i = 0; i < frontier.length; i += 500) {
        const ids = frontier.slice(i, i + 500);
        let after = 0;
        for (;;) {
          const page = await prisma.relation.findMany({
            where: { AND: [edgeFilter, { OR: [{ fromId: { in: ids } }, { toId: { in: ids } }] }, { id: { gt: after } }] },
            select: { id: true, fromId: true, toId: true },
            orderBy: { id: "asc" },
            take: PAGE_SIZE,
          });
          for (const r of page)
            for (const n of [r.fromId, r.toId])
              if (!seen.has(n)) {
                seen.add(n);
                next.push(n);
              }
          if (page.length < PAGE_SIZE) break;
          after = page[page.length - 1].id;
          await nextTurn();
        }
      }
      frontier = next;
    }
    nodeIds = nodeIds ? new Set([...seen].filter((id) => nodeIds!.has(id))) : seen;
  }
  return { filter, entityWhere, relationWhere, nodeIds };
}

// ---------------------------------------------------------------------------------------------------------------
// Rows: one flat record per node and per edge, the same columns for every format.

export type Cell = string | number | boolean | null | string[];
export type Row = Record<string, Cell>;

export const NODE_COLUMNS = [
  "id", "kind", "slug", "name", "acronym", "aliases", "description", "wikidata", "confidence",
  "orgKind", "sovereigntyModel", "executivePowers", "authorityBases", "headquarters", "headquartersCountry",
  "foundedYear", "memberCount", "legalBasis", "mandate",
  "isoAlpha2", "isoAlpha3", "isoNumeric", "region", "subregion", "intermediateRegion", "statusNote", "latitude", "longitude",
  "startDate", "endDate", "executive", "policeComponent", "toolKind", "colour", "category",
  "sources", "facts",
] as const;
export const EDGE_COLUMNS = [
  "id", "kind", "source", "target", "subtype", "agreement", "description", "via", "validFrom", "validTo",
  "value", "min", "max", "unit", "values", "confidence", "note", "sources", "facts",
] as const;

export type ColumnType = "string" | "boolean" | "int" | "double" | "date" | "list";
export const COLUMN_TYPES: Record<string, ColumnType> = {
  aliases: "list",
  authorityBases: "list",
  values: "list",
  sources: "list",
  facts: "list",
  executivePowers: "boolean",
  executive: "boolean",
  foundedYear: "int",
  memberCount: "int",
  min: "double",
  max: "double",
  latitude: "double",
  longitude: "double",
  startDate: "date",
  endDate: "date",
  validFrom: "date",
  validTo: "date",
};
export const LIST_SEPARATOR = "; ";

const isoDate = (d: Date | null) => (d ? formatDay(d) : null);

interface CiteRow {
  facts: string;
  source: { slug: string };
}
function provenance(cites: CiteRow[]): { sources: string[]; facts: string[] } {
  const sources = [...new Set(cites.map((c) => c.source.slug))];
  const facts = [...new Set(cites.flatMap((c) => c.facts.split(",").filter(Boolean)))];
  return { sources, facts };
}
const citeInclude = {
  select: { facts: true, source: { select: { slug: true } } },
  orderBy: { id: "asc" as const },
};
const ref = { select: { kind: true, slug: true } };

/** Nodes of the selection in (kind, slug) order, one page of PAGE_SIZE rows in memory at a time. */
export async function* iterateNodes(prisma: Db, sel: Selection, pageSize = PAGE_SIZE): AsyncGenerator<Row> {
  let last: { kind: string; slug: string } | null = null;
  for (;;) {
    const page: Awaited<ReturnType<typeof fetchNodes>> = await fetchNodes(prisma, sel, last, pageSize);
    for (const e of page) {
      if (sel.nodeIds && !sel.nodeIds.has(e.id)) continue;
      const { sources, facts } = provenance(e.citations);
      yield {
        id: nodeId(e),
        kind: e.kind,
        slug: e.slug,
        name: e.name,
        acronym: e.acronym,
        aliases: JSON.parse(e.aliases) as string[],
        description: e.description,
        wikidata: e.wikidataId,
        confidence: e.confidence,
        orgKind: e.orgKind,
        sovereigntyModel: e.sovereigntyModel,
        executivePowers: e.executivePowers,
        authorityBases: JSON.parse(e.authorityBases) as string[],
        headquarters: e.headquarters,
        headquartersCountry: e.headquartersCountry ? nodeId(e.headquartersCountry) : null,
        foundedYear: e.foundedYear,
        memberCount: e.memberCount,
        legalBasis: e.legalBasis,
        mandate: e.mandate,
        isoAlpha2: e.isoAlpha2,
        isoAlpha3: e.isoAlpha3,
        isoNumeric: e.isoNumeric,
        region: e.region,
        subregion: e.subregion,
        intermediateRegion: e.intermediateRegion,
        statusNote: e.statusNote,
        latitude: e.latitude,
        longitude: e.longitude,
        startDate: isoDate(e.startDate),
        endDate: isoDate(e.endDate),
        executive: e.executive,
        policeComponent: e.policeComponent,
        toolKind: e.toolKind,
        colour: e.colour,
        category: e.category,
        sources,
        facts,
      };
    }
    if (page.length < pageSize) return;
    last = page[page.length - 1];
    await nextTurn();
  }
}

function fetchNodes(prisma: Db, sel: Selection, last: { kind: string; slug: string } | null, take: number) {
  return prisma.entity.findMany({
    where: {
      AND: [
        sel.entityWhere,
        last ? { OR: [{ kind: { gt: last.kind } }, { kind: last.kind, slug: { gt: last.slug } }] } : {},
      ],
    },
    include: {
      headquartersCountry: ref,
      citations: { ...citeInclude, where: { claimId: null, relationId: null } },
    },
    orderBy: [{ kind: "asc" }, { slug: "asc" }],
    take,
  });
}

/** Edges of the selection in key order, one page at a time. */
export async function* iterateEdges(prisma: Db, sel: Selection, pageSize = PAGE_SIZE): AsyncGenerator<Row> {
  let last: string | null = null;
  for (;;) {
    const after: string | null = last;
    const page = await prisma.relation.findMany({
      where: { AND: [sel.relationWhere, after ? { key: { gt: after } } : {}] },
      include: { from: ref, to: ref, via: ref, citations: citeInclude },
      orderBy: { key: "asc" },
      take: pageSize,
    });
    for (const r of page) {
      if (sel.nodeIds && !(sel.nodeIds.has(r.fromId) && sel.nodeIds.has(r.toId))) continue;
      const { sources, facts } = provenance(r.citations);
      yield {
        id: edgeId(r.key),
        kind: r.kind,
        source: nodeId(r.from),
        target: nodeId(r.to),
        subtype: r.subtype,
        agreement: r.agreement,
        description: r.description,
        via: r.via ? nodeId(r.via) : null,
        validFrom: isoDate(r.validFrom),
        validTo: isoDate(r.validTo),
        value: r.value,
        min: r.min,
        max: r.max,
        unit: r.unit,
        values: JSON.parse(r.values) as string[],
        confidence: r.confidence,
        note: r.note,
        sources,
        facts,
      };
    }
    if (page.length < pageSize) return;
    last = page[page.length - 1].key as string;
    await nextTurn();
  }
}

/**
 * Lets the event loop turn. SQLite reads are synchronous (better-sqlite3) and Prisma resolves them without
 * giving the loop a turn, so an export that only ever awaited its reads would hold the process until its last
 * page: no /health, no other request, no timer. Exports call it after every page.
 */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The same items, with the first one already read: a caller that primes its reads before writing anything gets
 * the failures of the first page (database down, a value it refuses) before its first byte, when it can still
 * answer with an error instead of a truncated file.
 */
export async function primed<T>(items: AsyncGenerator<T>): Promise<AsyncGenerator<T>> {
  const first = await items.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* items;
  })();
}

/** Joins small chunks into chunks of at least `size` characters (fewer writes, fewer network packets). */
export async function* coalesce(chunks: AsyncIterable<string>, size = 32 * 1024): AsyncGenerator<string> {
  let buf = "";
  for await (const c of chunks) {
    buf += c;
    if (buf.length >= size) {
      yield buf;
      buf = "";
    }
  }
  if (buf) yield buf;
}

/** Writes a chunk and waits for 'drain' when the stream's buffer is full (backpressure). */
export function write(out: NodeJS.WritableStream, chunk: string): Promise<void> | void {
  // A destroyed stream (its reader went away, its file failed) never drains: fail instead of waiting forever.
  const gone = (out as NodeJS.WritableStream & { destroyed?: boolean }).destroyed;
  if (gone) return Promise.reject(new Error("the output was closed before the export ended"));
  if (!out.write(chunk))
    return new Promise((resolve, reject) => {
      const done = (err?: Error) => {
        out.off("drain", ok);
        out.off("error", done);
        out.off("close", closed);
        if (err) reject(err);
        else resolve();
      };
      const ok = () => done();
      const closed = () => done(new Error("the output was closed before the export ended"));
      out.once("drain", ok);
      out.once("error", done);
      out.once("close", closed);
    });
}

/** Writes every chunk to a Node stream, with backpressure (the CLI's files and standard output, tests). */
export async function writeChunks(chunks: AsyncIterable<string>, out: NodeJS.WritableStream): Promise<void> {
  for await (const c of chunks) await write(out, c);
}

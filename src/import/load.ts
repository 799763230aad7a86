// Writes an import batch (read.ts) in one transaction: nodes upserted by (kind, slug), edges by a stable key
// ("import:<edge id>", so the data/ loader, which owns "data:" keys, leaves them alone; an edge whose id matches a
// row loaded from data/ updates that row), sources created as stubs when a slug is unknown. Any error rolls the
// whole import back. A dry run does the same work inside the transaction and then rolls it back, so its counts
// are exactly what a real run would do and nothing is written.
import { createHash } from "node:crypto";
import type { Db } from "../store/db.js";
import { parseDay } from "../data/dates.js";
import { nodeId, parseNodeRef } from "../export/subgraph.js";
import { ImportError, ImportErrors, readImportFiles, type ImportBatch, type ImportFormat, type Located } from "./read.js";
import type { EdgeRow, NodeRow } from "./rows.js";

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}
export interface ImportSummary {
  dryRun: boolean;
  nodes: Record<string, Counts>;
  edges: Record<string, Counts>;
  sourcesCreated: number;
}

class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super("dry run");
  }
}

export type ImportProgress = (done: number, total: number) => void;

const hash = (s: string) => createHash("sha1").update(s).digest("hex").slice(0, 16);
const date = (s: string | null | undefined) => (s ? parseDay(s) : null);

function same(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const k of Object.keys(a)) {
    const x = a[k];
    const y = b[k];
    if (x instanceof Date || y instanceof Date) {
      if ((x as Date | null)?.getTime?.() !== (y as Date | null)?.getTime?.()) return false;
    } else if ((x ?? null) !== (y ?? null)) return false;
  }
  return true;
}

/** The key an imported edge is stored under. */
export function edgeKey(e: EdgeRow): string {
  if (e.id) return `import:${e.id}`;
  const identity = [e.kind, e.source, e.target, e.subtype, e.agreement, e.via, e.validFrom, e.value, (e.values ?? []).join(",")].join("|");
  return `import:${e.kind}:${hash(identity)}`;
}

function nodeColumns(n: NodeRow) {
  return {
    name: n.name,
    acronym: n.acronym ?? null,
    aliases: JSON.stringify(n.aliases ?? []),
    description: n.description ?? null,
    wikidataId: n.wikidata ?? null,
    confidence: n.confidence,
    orgKind: n.orgKind ?? null,
    sovereigntyModel: n.sovereigntyModel ?? null,
    executivePowers: n.executivePowers ?? null,
    authorityBases: JSON.stringify(n.authorityBases ?? []),
    headquarters: n.headquarters ?? null,
    foundedYear: n.foundedYear ?? null,
    memberCount: n.memberCount ?? null,
    legalBasis: n.legalBasis ?? null,
    mandate: n.mandate ?? null,
    isoAlpha2: n.isoAlpha2 ?? null,
    isoAlpha3: n.isoAlpha3 ?? null,
    isoNumeric: n.isoNumeric ?? null,
    region: n.region ?? null,
    subregion: n.subregion ?? null,
    intermediateRegion: n.intermediateRegion ?? null,
    statusNote: n.statusNote ?? null,
    latitude: n.latitude ?? null,
    longitude: n.longitude ?? null,
    startDate: date(n.startDate),
    endDate: date(n.endDate),
    executive: n.executive ?? null,
    policeComponent: n.policeComponent ?? null,
    toolKind: n.toolKind ?? null,
    colour: n.colour ?? null,
    category: n.category ?? null,
  };
}

/** What an export shows of a set of citations: source slugs in order, fact ids in order, each once. */
function provenanceKey(cites: { facts: string; source: { slug: string } }[]): string {
  const sources = [...new Set(cites.map((c) => c.source.slug))];
  const facts = [...new Set(cites.flatMap((c) => c.facts.split(",").filter(Boolean)))];
  return `${sources.join(",")}|${facts.join(",")}`;
}
const wantedKey = (r: { sources: string[]; facts?: string[] }) => `${[...new Set(r.sources)].join(",")}|${[...new Set(r.facts ?? [])].join(",")}`;

function bump(m: Record<string, Counts>, kind: string, what: keyof Counts) {
  (m[kind] ??= { created: 0, updated: 0, unchanged: 0 })[what]++;
}

export async function importBatch(prisma: Db, batch: ImportBatch, opts: { dryRun?: boolean; progress?: ImportProgress } = {}): Promise<ImportSummary> {
  // Checks that need no database: duplicates inside the batch.
  const errors: ImportError[] = [];
  const nodeAt = new Map<string, Located<NodeRow>>();
  for (const n of batch.nodes) {
    const id = nodeId(n.value);
    if (n.value.id && n.value.id !== id) errors.push(new ImportError(n.file, n.line, id, "id", `must be '${id}' (kind:slug), got '${n.value.id}'`));
    if (nodeAt.has(id)) errors.push(new ImportError(n.file, n.line, id, "slug", `duplicate node, first at ${nodeAt.get(id)!.file}:${nodeAt.get(id)!.line}`));
    nodeAt.set(id, n);
  }
  const edgeAt = new Map<string, Located<EdgeRow>>();
  for (const e of batch.edges) {
    const key = edgeKey(e.value);
    if (edgeAt.has(key)) errors.push(new ImportError(e.file, e.line, e.value.id ?? key, "id", `duplicate edge, first at ${edgeAt.get(key)!.file}:${edgeAt.get(key)!.line}`));
    edgeAt.set(key, e);
  }
  if (errors.length) throw new ImportErrors(errors);

  const total = batch.nodes.length + batch.edges.length;
  let done = 0;
  const tick = () => opts.progress?.(++done, total);
  const summary: ImportSummary = { dryRun: !!opts.dryRun, nodes: {}, edges: {}, sourcesCreated: 0 };

  try {
    await prisma.$transaction(
      async (tx) => {
        // References to nodes neither in the batch nor in the database are errors, found before any write.
        const refs = new Map<string, { file: string; line?: number; record: string; field: string }>();
        const want = (ref: string | null | undefined, loc: Located<unknown>, record: string, field: string) => {
          if (ref && !nodeAt.has(ref) && !refs.has(ref)) refs.set(ref, { file: loc.file, line: loc.line, record, field });
        };
        for (const n of batch.nodes) want(n.value.headquartersCountry, n, nodeId(n.value), "headquartersCountry");
        for (const e of batch.edges) {
          const label = e.value.id ?? edgeKey(e.value);
          want(e.value.source, e, label, "source");
          want(e.value.target, e, label, "target");
          want(e.value.via, e, label, "via");
        }
        const ids = new Map<string, number>();
        const refList = [...refs.keys()];
        for (let i = 0; i < refList.length; i += 300) {
          const chunk = refList.slice(i, i + 300).map((r) => parseNodeRef(r)!);
          const found = await tx.entity.findMany({ where: { OR: chunk.map((k) => ({ kind: k.kind, slug: k.slug })) }, select: { id: true, kind: true, slug: true } });
          for (const f of found) ids.set(nodeId(f), f.id);
        }
        for (const [ref, at] of refs)
          if (!ids.has(ref)) errors.push(new ImportError(at.file, at.line, at.record, at.field, `unknown node '${ref}' (not in the import nor in the database)`));
        if (errors.length) throw new ImportErrors(errors);

        // Sources: unknown slugs become stubs (title = slug) so the facts keep their provenance.
        const slugs = [...new Set([...batch.nodes, ...batch.edges].flatMap((r) => r.value.sources))];
        const sourceIds = new Map<string, number>();
        for (let i = 0; i < slugs.length; i += 500)
          for (const s of await tx.source.findMany({ where: { slug: { in: slugs.slice(i, i + 500) } }, select: { id: true, slug: true } })) sourceIds.set(s.slug, s.id);
        for (const slug of slugs)
          if (!sourceIds.has(slug)) {
            sourceIds.set(slug, (await tx.source.create({ data: { slug, title: slug, kind: "DATASET", description: "Created by an import." }, select: { id: true } })).id);
            summary.sourcesCreated++;
          }
        const citations = (r: { sources: string[]; facts?: string[] }) => {
          const facts = [...new Set(r.facts ?? [])].join(",");
          return [...new Set(r.sources)].map((slug) => ({ sourceId: sourceIds.get(slug)!, facts }));
        };

        // Nodes
        const citeSelect = { select: { facts: true, source: { select: { slug: true } } }, orderBy: { id: "asc" as const } };
        const nodeList = batch.nodes;
        const status = new Map<string, keyof Counts>();
        const hqNow = new Map<string, number | null>();
        for (let i = 0; i < nodeList.length; i += 300) {
          const chunk = nodeList.slice(i, i + 300);
          const existing = new Map(
            (
              await tx.entity.findMany({
                where: { OR: chunk.map((n) => ({ kind: n.value.kind, slug: n.value.slug })) },
                include: { citations: { ...citeSelect, where: { claimId: null, relationId: null } } },
              })
            ).map((e) => [nodeId(e), e]),
          );
          for (const { value: n } of chunk) {
            const id = nodeId(n);
            const row = nodeColumns(n);
            const cur = existing.get(id);
            if (!cur) {
              const created = await tx.entity.create({ data: { kind: n.kind, slug: n.slug, ...row }, select: { id: true } });
              ids.set(id, created.id);
              await tx.citation.createMany({ data: citations(n).map((c) => ({ ...c, entityId: created.id })) });
              status.set(id, "created");
            } else {
              ids.set(id, cur.id);
              hqNow.set(id, cur.headquartersCountryId);
              const rowSame = same(row, cur as never);
              const citesSame = provenanceKey(cur.citations) === wantedKey(n);
              if (!rowSame) await tx.entity.update({ where: { id: cur.id }, data: row });
              if (!citesSame) {
                await tx.citation.deleteMany({ where: { entityId: cur.id, claimId: null, relationId: null } });
                await tx.citation.createMany({ data: citations(n).map((c) => ({ ...c, entityId: cur.id })) });
              }
              status.set(id, rowSame && citesSame ? "unchanged" : "updated");
            }
            tick();
          }
        }
        // Headquarters point at countries, which may come later in the batch: set them once all nodes exist.
        for (const { value: n } of nodeList) {
          const id = nodeId(n);
          const hq = n.headquartersCountry ? ids.get(n.headquartersCountry)! : null;
          if ((hqNow.get(id) ?? null) === hq) continue;
          await tx.entity.update({ where: { id: ids.get(id)! }, data: { headquartersCountryId: hq } });
          if (status.get(id) === "unchanged") status.set(id, "updated");
        }
        for (const { value: n } of nodeList) bump(summary.nodes, n.kind, status.get(nodeId(n))!);

        // Edges
        const edgeList = batch.edges;
        for (let i = 0; i < edgeList.length; i += 300) {
          const chunk = edgeList.slice(i, i + 300);
          const keys = chunk.flatMap((e) => {
            const k = edgeKey(e.value);
            return [k, k.replace(/^import:/, "data:")];
          });
          const existing = new Map(
            (await tx.relation.findMany({ where: { key: { in: keys } }, include: { citations: citeSelect } })).map((r) => [r.key, r]),
          );
          for (const { value: e } of chunk) {
            const key = edgeKey(e);
            const row = {
              kind: e.kind,
              fromId: ids.get(e.source)!,
              toId: ids.get(e.target)!,
              subtype: e.subtype ?? null,
              agreement: e.agreement ?? null,
              description: e.description ?? null,
              viaId: e.via ? ids.get(e.via)! : null,
              validFrom: date(e.validFrom),
              validTo: date(e.validTo),
              value: e.value ?? null,
              min: e.min ?? null,
              max: e.max ?? null,
              unit: e.unit ?? null,
              values: JSON.stringify(e.values ?? []),
              confidence: e.confidence,
              note: e.note ?? null,
            };
            const cur = existing.get(key) ?? existing.get(key.replace(/^import:/, "data:"));
            if (!cur) {
              const created = await tx.relation.create({ data: { key, ...row }, select: { id: true } });
              await tx.citation.createMany({ data: citations(e).map((c) => ({ ...c, relationId: created.id })) });
              bump(summary.edges, e.kind, "created");
            } else {
              const rowSame = same(row, cur as never);
              const citesSame = provenanceKey(cur.citations) === wantedKey(e);
              if (!rowSame) await tx.relation.update({ where: { id: cur.id }, data: row });
              if (!citesSame) {
                await tx.citation.deleteMany({ where: { relationId: cur.id } });
                await tx.citation.createMany({ data: citations(e).map((c) => ({ ...c, relationId: cur.id })) });
              }
              bump(summary.edges, e.kind, rowSame && citesSame ? "unchanged" : "updated");
            }
            tick();
          }
        }
        if (opts.dryRun) throw new DryRunRollback(summary);
      },
      { timeout: 600_000, maxWait: 30_000 },
    );
  } catch (e) {
    if (e instanceof DryRunRollback) return e.summary;
    throw e;
  }
  return summary;
}

/** Reads, validates and imports files (see read.ts for the formats). */
export async function importFiles(
  prisma: Db,
  files: string[],
  opts: { format?: ImportFormat; dryRun?: boolean; progress?: ImportProgress } = {},
): Promise<ImportSummary> {
  return importBatch(prisma, readImportFiles(files, opts.format), opts);
}

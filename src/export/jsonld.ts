// JSON-LD export: one document {"@context", "@graph"}, streamed one object per line. The context (JSONLD_CONTEXT,
// documented in docs/jsonld-context.md) maps types and properties to schema.org and Wikidata where they exist.
// Every relationship is a node of its own (an rdf:Statement with subject, predicate, object, period, sources)
// and, in addition, a direct link from its subject to its object (e.g. wdt:P463 for MEMBER_OF).
import type { Db } from "../store/db.js";
import type { ExportProgress } from "./graphml.js";
import {
  coalesce,
  EDGE_COLUMNS,
  iterateEdges,
  iterateNodes,
  NODE_COLUMNS,
  primed,
  resolveSelection,
  writeChunks,
  type ExportFilter,
  type Selection,
  type Row,
} from "./subgraph.js";
import type { EntityKind, RelationKind } from "../data/schema.js";
import { TYPE_BY_KIND } from "../data/ids.js";

export const ID_PREFIX = "urn:policing-graph:";

/** JSON-LD type of each entity kind: its GraphQL type name (docs/jsonld-context.md). */
export const TYPE_OF_KIND: Record<EntityKind, string> = TYPE_BY_KIND;

/** Term of the direct link each relation kind adds from its subject to its object. */
export const LINK_OF_KIND: Record<RelationKind, string> = {
  MEMBER_OF: "memberOf",
  PART_OF: "partOf",
  COOPERATES_WITH: "cooperatesWith",
  OVERSEES: "oversees",
  MANDATES: "mandates",
  LEADS: "leads",
  HOSTED_IN: "hostedIn",
  OF_TYPE: "ofType",
  SUCCEEDS: "succeeds",
  WORKS_ON: "worksOn",
  USES_TOOL: "usesTool",
  REQUIRES: "requires",
  CONCERNS: "concerns",
  FUNDS: "funds",
  BASED_ON: "basedOn",
  HEADQUARTERED_IN: "headquarteredIn",
  LOCATED_IN: "locatedIn",
};

const id = (iri: string) => ({ "@id": iri, "@type": "@id" });
const date = (iri: string) => ({ "@id": iri, "@type": "xsd:date" });
const set = (iri: string) => ({ "@id": iri, "@container": "@set" });

export const JSONLD_CONTEXT = {
  schema: "https://schema.org/",
  wd: "http://www.wikidata.org/entity/",
  wdt: "http://www.wikidata.org/prop/direct/",
  owl: "http://www.w3.org/2002/07/owl#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  pg: ID_PREFIX,
  "@vocab": `${ID_PREFIX}vocab:`,
  // Types
  Organization: "schema:Organization",
  Country: "schema:Country",
  Mission: "pg:vocab:Mission",
  LegalTool: "schema:Legislation",
  City: "schema:City",
  Relationship: "rdf:Statement",
  // Entity properties
  name: "schema:name",
  description: "schema:description",
  aliases: set("schema:alternateName"),
  acronym: "wdt:P1813",
  sameAs: id("owl:sameAs"),
  isoAlpha2: "wdt:P297",
  isoAlpha3: "wdt:P298",
  isoNumeric: "wdt:P299",
  headquartersCountry: id("wdt:P159"),
  startDate: date("schema:startDate"),
  endDate: date("schema:endDate"),
  authorityBases: set("pg:vocab:authorityBases"),
  foundedYear: { "@id": "pg:vocab:foundedYear", "@type": "xsd:integer" },
  memberCount: { "@id": "pg:vocab:memberCount", "@type": "xsd:integer" },
  // Relationship (reified) properties
  from: id("rdf:subject"),
  predicate: { "@id": "rdf:predicate", "@type": "@vocab" },
  to: id("rdf:object"),
  via: id("pg:vocab:via"),
  validFrom: date("wdt:P580"),
  validTo: date("wdt:P582"),
  values: set("pg:vocab:values"),
  sources: set("schema:citation"),
  facts: set("pg:vocab:facts"),
  // Direct links
  memberOf: id("wdt:P463"),
  partOf: id("wdt:P361"),
  hostedIn: id("wdt:P17"),
  ofType: id("wdt:P31"),
  succeeds: id("wdt:P1365"),
  basedOn: id("wdt:P144"),
  headquarteredIn: id("wdt:P159"),
  locatedIn: id("wdt:P131"),
  latitude: { "@id": "schema:latitude", "@type": "xsd:double" },
  longitude: { "@id": "schema:longitude", "@type": "xsd:double" },
  concerns: id("schema:about"),
  cooperatesWith: id("pg:vocab:cooperatesWith"),
  oversees: id("pg:vocab:oversees"),
  mandates: id("pg:vocab:mandates"),
  leads: id("pg:vocab:leads"),
  worksOn: id("pg:vocab:worksOn"),
  usesTool: id("pg:vocab:usesTool"),
  requires: id("pg:vocab:requires"),
  funds: id("pg:vocab:funds"),
} as const;

const iri = (nodeOrEdgeId: string) => `pg:${nodeOrEdgeId}`;
export const edgeIri = (edgeId: string) => `pg:relation:${edgeId}`;

function compact(row: Row, cols: readonly string[], skip: Set<string>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const c of cols) {
    if (skip.has(c)) continue;
    const v = row[c];
    if (v == null || (Array.isArray(v) && v.length === 0)) continue;
    o[c] = v;
  }
  return o;
}

const NODE_SKIP = new Set(["id", "headquartersCountry"]);
const EDGE_SKIP = new Set(["id", "source", "target", "via"]);

export function nodeObject(n: Row): Record<string, unknown> {
  const o: Record<string, unknown> = { "@id": iri(String(n.id)), "@type": TYPE_OF_KIND[n.kind as EntityKind] ?? n.kind };
  Object.assign(o, compact(n, NODE_COLUMNS, NODE_SKIP));
  if (n.headquartersCountry) o.headquartersCountry = iri(String(n.headquartersCountry));
  if (n.wikidata) o.sameAs = `wd:${n.wikidata}`;
  return o;
}

export function edgeObjects(e: Row): Record<string, unknown>[] {
  const link = LINK_OF_KIND[e.kind as RelationKind] ?? "relatedTo";
  const o: Record<string, unknown> = {
    "@id": edgeIri(String(e.id)),
    "@type": "Relationship",
    from: iri(String(e.source)),
    predicate: link,
    to: iri(String(e.target)),
  };
  Object.assign(o, compact(e, EDGE_COLUMNS, EDGE_SKIP));
  if (e.via) o.via = iri(String(e.via));
  return [o, { "@id": iri(String(e.source)), [link]: iri(String(e.target)) }];
}

/** The document in chunks; the first page of nodes and of edges is read before the first byte. */
export async function* jsonLdChunks(prisma: Db, sel: Selection, progress?: ExportProgress): AsyncGenerator<string> {
  const nodes = await primed(iterateNodes(prisma, sel));
  const edges = await primed(iterateEdges(prisma, sel));
  yield `{\n"@context": ${JSON.stringify(JSONLD_CONTEXT)},\n"@graph": [\n`;
  let first = true;
  const item = (o: unknown) => {
    const s = (first ? "" : ",\n") + JSON.stringify(o);
    first = false;
    return s;
  };
  for await (const n of nodes) {
    yield item(nodeObject(n));
    progress?.("node");
  }
  for await (const e of edges) {
    const [rel, link] = edgeObjects(e);
    yield item(rel) + item(link);
    progress?.("edge");
  }
  yield "\n]\n}\n";
}

export async function writeJsonLd(prisma: Db, filter: ExportFilter | Selection, out: NodeJS.WritableStream, progress?: ExportProgress): Promise<void> {
  const sel = "entityWhere" in filter ? filter : await resolveSelection(prisma, filter);
  await writeChunks(coalesce(jsonLdChunks(prisma, sel, progress)), out);
}

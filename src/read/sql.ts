// The read planner's query builder: Kysely, used to compile only. One description of a query gives SQLite's and
// PostgreSQL's SQL (quoting, placeholders, operators); the statement then runs through DbHandle.read, on the same
// driver connection as every other read, prepared once and counted. Kysely never opens a connection of its own.
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
  type Compilable,
  type RawBuilder,
} from "kysely";
import type { DbHandle, Provider } from "../store/db.js";

/** The tables the planner reads, as the migrations create them (prisma/schema.prisma). */
export interface Tables {
  Entity: {
    id: number;
    kind: string;
    slug: string;
    name: string;
    acronym: string | null;
    aliases: string;
    description: string | null;
    wikidataId: string | null;
    confidence: string;
    orgKind: string | null;
    sovereigntyModel: string | null;
    executivePowers: boolean | null;
    authorityBases: string;
    headquarters: string | null;
    headquartersCountryId: number | null;
    foundedYear: number | null;
    memberCount: number | null;
    legalBasis: string | null;
    mandate: string | null;
    isoAlpha2: string | null;
    isoAlpha3: string | null;
    isoNumeric: string | null;
    region: string | null;
    subregion: string | null;
    intermediateRegion: string | null;
    latitude: number | null;
    longitude: number | null;
    statusNote: string | null;
    startDate: string | null;
    endDate: string | null;
    executive: boolean | null;
    policeComponent: string | null;
    toolKind: string | null;
    colour: string | null;
    category: string | null;
    retiredAt: string | null;
    retiredReason: string | null;
    createdAt: string;
    updatedAt: string;
  };
  Relation: {
    id: number;
    kind: string;
    fromId: number;
    toId: number;
    subtype: string | null;
    agreement: string | null;
    description: string | null;
    viaId: number | null;
    validFrom: string | null;
    validTo: string | null;
    value: string | null;
    min: number | null;
    max: number | null;
    unit: string | null;
    values: string;
    confidence: string;
    note: string | null;
    key: string;
    retiredAt: string | null;
  };
  Source: {
    id: number;
    slug: string;
    title: string;
    kind: string;
    document: string | null;
    content: string | null;
    url: string | null;
    year: number | null;
    publisher: string | null;
    description: string | null;
  };
  Citation: {
    id: number;
    sourceId: number;
    entityId: number | null;
    claimId: number | null;
    relationId: number | null;
    facts: string;
    quote: string | null;
    start: number | null;
    end: number | null;
  };
  Claim: {
    id: number;
    entityId: number;
    property: string;
    value: string;
    valueNumber: number | null;
    unit: string | null;
    validFrom: string | null;
    validTo: string | null;
    preferred: boolean;
    confidence: string;
    note: string | null;
    key: string;
  };
  Change: {
    id: number;
    targetType: string;
    targetId: number;
    action: string;
    actor: string;
    at: string;
    before: string | null;
    after: string | null;
    reason: string | null;
  };
  /**
   * The search index (migration 0002_search), kept in step with "Entity" by triggers. PostgreSQL: a table keyed by
   * `entityId` with a weighted tsvector (`document`) and the folded names (`names`, trigram-indexed). SQLite: an FTS5
   * table whose rowid is the entity's id, holding the searched text columns themselves.
   */
  /** One row (id 1): bumped by triggers on every write to the graph (the in-memory index's staleness check). */
  GraphVersion: {
    id: number;
    version: number;
  };
  EntitySearch: {
    entityId: number;
    rowid: number;
    kind: string;
    document: string;
    names: string;
    name: string;
    acronym: string | null;
    aliases: string;
    description: string | null;
  };
}

function compileOnly(provider: Provider): Kysely<Tables> {
  const pg = provider === "postgresql";
  return new Kysely<Tables>({
    dialect: {
      createAdapter: () => (pg ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => (pg ? new PostgresIntrospector(db) : new SqliteIntrospector(db)),
      createQueryCompiler: () => (pg ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
  });
}

const BUILDERS: Record<Provider, Kysely<Tables>> = { sqlite: compileOnly("sqlite"), postgresql: compileOnly("postgresql") };

/** The query builder of a database's dialect. */
export const queryBuilder = (db: DbHandle): Kysely<Tables> => BUILDERS[db.provider];

/** Compiles a query and runs it on the request's driver connection (prepared, counted in db.stats). */
export async function run<T extends object>(db: DbHandle, query: Compilable): Promise<T[]> {
  const { sql: text, parameters } = query.compile();
  return db.read<T>(text, parameters as unknown[]);
}

/**
 * A DateTime value as the column stores it: ISO text with an explicit offset on SQLite (Prisma's format, so text
 * comparison is time order), timestamp(3) in UTC on PostgreSQL.
 */
export function dateValue(db: DbHandle, d: Date): RawBuilder<string> {
  const iso = d.toISOString();
  return db.provider === "postgresql" ? sql<string>`${iso}::timestamp(3)` : sql<string>`${iso.replace("Z", "+00:00")}`;
}

/** A LIKE pattern that matches `text` literally (its %, _ and \ escaped), for `LIKE ... ESCAPE '\'`. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Case-insensitive LIKE with the escape character of likeLiteral: SQLite's LIKE ignores ASCII case already. */
export function ilike(db: DbHandle, column: RawBuilder<unknown>, pattern: string): RawBuilder<boolean> {
  return db.provider === "postgresql"
    ? sql<boolean>`${column} ILIKE ${pattern} ESCAPE '\\'`
    : sql<boolean>`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/** A value given per run to a statement compiled once (runCompiled): the parents' ids, a row cap ... */
export class Slot {
  constructor(readonly name: string) {}
}

const COMPILED = new Map<string, { sql: string; parameters: readonly unknown[] }>();
const MAX_COMPILED = 1_000;

/**
 * Runs the statement `build` describes, built and compiled once per `key`: building and compiling a large
 * statement (a relationship window has an arm per kind and direction) costs more CPU than running it. `key` must
 * name everything the statement depends on except its slots, whose values `values` gives for this run.
 */
export async function runCompiled<T extends object>(db: DbHandle, key: string, build: () => Compilable, values: Map<Slot, unknown>): Promise<T[]> {
  const k = `${db.provider}|${key}`;
  let compiled = COMPILED.get(k);
  if (!compiled) {
    if (COMPILED.size >= MAX_COMPILED) COMPILED.clear();
    compiled = build().compile();
    COMPILED.set(k, compiled);
  }
  const parameters = compiled.parameters.map((p) => {
    if (!(p instanceof Slot)) return p;
    if (!values.has(p)) throw new Error(`no value for slot ${p.name}`);
    return values.get(p);
  });
  return db.read<T>(compiled.sql, parameters);
}

// Persisted operations (src/http/persisted.ts): in PERSISTED_OPERATIONS_ONLY mode only the hashed ready-made operations
// of client/generated/persisted-documents.json run, by extensions.persistedQuery.sha256Hash or documentId;
// any query text is refused with a clear error. In the default mode both work.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CrimeAreasDocument, SearchDocument } from "../../client/generated/graphql.js";
import { createServer } from "../../src/http/yoga.js";
import { PERSISTED_DOCUMENTS_FILE } from "../../src/http/persisted.js";
import { seededDatabase, type TestDb } from "../helpers/db.js";

type Yoga = ReturnType<typeof createServer>;
interface Body {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const hashOf = (doc: unknown): string => (doc as { __meta__: { hash: string } }).__meta__.hash;

async function post(yoga: Yoga, body: unknown): Promise<{ status: number; body: Body }> {
  const res = await yoga.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

describe("persisted operations", () => {
  let t: TestDb;
  let strict: Yoga;
  let open: Yoga;
  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    strict = createServer({ db: t.db, logging: false, persistedOperationsOnly: true, webDist: false });
    open = createServer({ db: t.db, logging: false, webDist: false });
  }, 60_000);
  afterAll(async () => t?.drop());

  it("codegen wrote every ready-made operation, keyed by its sha256", () => {
    const docs = JSON.parse(readFileSync(PERSISTED_DOCUMENTS_FILE, "utf8")) as Record<string, string>;
    expect(Object.keys(docs).every((k) => /^sha256:[0-9a-f]{64}$/.test(k))).toBe(true);
    expect(docs[hashOf(SearchDocument)]).toMatch(/query Search\(/);
    expect(Object.keys(docs).length).toBeGreaterThanOrEqual(12);
  });

  it("strict mode refuses an arbitrary query with a clear error", async () => {
    const res = await post(strict, { query: "{ organization(slug: \"europol\") { name } }" });
    expect(res.status).toBe(400);
    expect(res.body.data ?? undefined).toBeUndefined();
    expect(res.body.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_ONLY");
    expect(res.body.errors?.[0].message).toMatch(/Only persisted operations are accepted/);
  });

  it("strict mode runs a persisted operation by extensions.persistedQuery.sha256Hash", async () => {
    const hex = hashOf(SearchDocument).replace(/^sha256:/, "");
    const res = await post(strict, {
      variables: { query: "europl", first: 3 },
      extensions: { persistedQuery: { version: 1, sha256Hash: hex } },
    });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.search.edges[0].node.slug).toBe("europol");
  });

  it("strict mode runs a persisted operation by documentId", async () => {
    const res = await post(strict, { documentId: hashOf(CrimeAreasDocument) });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.crimeAreas.edges.map((e: { node: { slug: string } }) => e.node.slug)).toContain("human-trafficking");
  });

  it("an unknown hash is PersistedQueryNotFound; a request with neither query nor id is explained", async () => {
    const unknown = await post(strict, { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expect(unknown.body.errors?.[0]).toMatchObject({ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } });
    const none = await post(strict, { variables: {} });
    expect(none.status).toBe(400);
    expect(none.body.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_ID_REQUIRED");
  });

  it("GraphiQL is off in strict mode", async () => {
    const res = await strict.fetch("http://test/graphql", { headers: { accept: "text/html" } });
    expect(res.headers.get("content-type") ?? "").not.toMatch(/text\/html/);
  });

  it("the default mode runs both arbitrary queries and persisted ones", async () => {
    const text = await post(open, { query: "{ organization(slug: \"interpol\") { acronym } }" });
    expect(text.body.data!.organization.acronym).toBe("INTERPOL");
    const hashed = await post(open, { documentId: hashOf(SearchDocument), variables: { query: "interpol" } });
    expect(hashed.body.errors).toBeUndefined();
    expect(hashed.body.data!.search.totalCount).toBeGreaterThan(0);
  });
});

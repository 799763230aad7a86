// Persisted operations: the ready-made operations of client/operations, hashed by codegen (sha256) into
// client/generated/persisted-documents.json. A client may send only the hash instead of the query text:
//   { "extensions": { "persistedQuery": { "version": 1, "sha256Hash": "<hex>" } }, "variables": ... }
//   or { "documentId": "sha256:<hex>", "variables": ... }  (GraphQL-over-HTTP persisted documents; GET: ?documentId=)
// In persisted-operations-only mode (PERSISTED_OPERATIONS_ONLY=true) every other document is refused before
// parsing, so a production deployment runs exactly the operations its frontends were built with.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { createGraphQLError, type GraphQLParams, type Plugin } from "graphql-yoga";
import { PROJECT_ROOT } from "../config.js";

export const PERSISTED_DOCUMENTS_FILE = join(PROJECT_ROOT, "client/generated/persisted-documents.json");

/** hash -> document text, under both "sha256:<hex>" (documentId) and "<hex>" (APQ's sha256Hash). */
export function loadPersistedDocuments(file = PERSISTED_DOCUMENTS_FILE): Map<string, string> {
  const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const store = new Map<string, string>();
  for (const [key, text] of Object.entries(raw)) {
    store.set(key, text);
    store.set(key.replace(/^sha256:/, ""), text);
  }
  return store;
}

const persistedId = (params: GraphQLParams): string | null => {
  const ext = params.extensions as { persistedQuery?: { sha256Hash?: unknown }; documentId?: unknown } | undefined;
  if (typeof ext?.persistedQuery?.sha256Hash === "string") return ext.persistedQuery.sha256Hash;
  if (typeof ext?.documentId === "string") return ext.documentId;
  return null;
};

/** `documentId` at the top level of a request is not a parameter Yoga knows: carry it in extensions. */
function useDocumentIdParam(): Plugin {
  const move = (p: GraphQLParams & { documentId?: unknown }): GraphQLParams => {
    if (typeof p.documentId !== "string") return p;
    const { documentId, ...rest } = p;
    return { ...rest, extensions: { ...rest.extensions, documentId } };
  };
  return {
    onRequestParse({ request }) {
      // Yoga's GET parser reads only query, variables, operationName and extensions: a GET's documentId (how
      // GraphQL-over-HTTP sends persisted documents, cacheable by URL) is left in the URL.
      const fromUrl = request.method === "GET" ? new URL(request.url).searchParams.get("documentId") : null;
      const withUrl = (p: GraphQLParams & { documentId?: unknown }) => (fromUrl && p.documentId === undefined ? { ...p, documentId: fromUrl } : p);
      return {
        onRequestParseDone({ requestParserResult, setRequestParserResult }) {
          const r = requestParserResult;
          setRequestParserResult(Array.isArray(r) ? r.map((p) => move(withUrl(p))) : move(withUrl(r)));
        },
      };
    },
  };
}

export interface PersistedOperationsOptions {
  /** Refuse every operation that is not persisted. */
  only: boolean;
  /** Defaults to client/generated/persisted-documents.json. */
  file?: string;
}

export function usePersistedDocuments(opts: PersistedOperationsOptions): Plugin[] {
  const store = loadPersistedDocuments(opts.file);
  return [
    useDocumentIdParam(),
    usePersistedOperations({
      getPersistedOperation: (key) => store.get(key) ?? null,
      allowArbitraryOperations: !opts.only,
      extractPersistedOperationId: persistedId,
      customErrors: {
        persistedQueryOnly: () =>
          createGraphQLError(
            "Only persisted operations are accepted: send the sha256 hash of a ready-made operation " +
              "(client/generated/persisted-documents.json) as extensions.persistedQuery.sha256Hash or documentId, not a query.",
            { extensions: { code: "PERSISTED_QUERY_ONLY", http: { status: 400 } } },
          ),
        // The message is the one APQ clients (urql's persistedExchange) recognise.
        notFound: () =>
          createGraphQLError("PersistedQueryNotFound", {
            extensions: { code: "PERSISTED_QUERY_NOT_FOUND", http: { status: opts.only ? 400 : 200 } },
          }),
        keyNotFound: () =>
          createGraphQLError("Send a query, or the id of a persisted operation (extensions.persistedQuery.sha256Hash or documentId).", {
            extensions: { code: "PERSISTED_QUERY_ID_REQUIRED", http: { status: 400 } },
          }),
      },
    }),
  ];
}

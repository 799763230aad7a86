// The GraphQL client: urql with its document cache, sending only the sha256 hash of each ready-made operation
// (persisted operations, see src/persisted.ts), so the explorer also works against a server that runs in
// PERSISTED_OPERATIONS_ONLY mode. Every document comes from client/generated (codegen), never a string.
import { persistedExchange } from "@urql/exchange-persisted";
import { Client, cacheExchange, fetchExchange } from "urql";

/** The hash codegen embedded in the document (`__meta__.hash`, "sha256:<hex>"), as APQ's hex sha256Hash. */
const embeddedHash = (document: unknown): string => {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error("document without a persisted hash: run npm run gen:client");
  return hash.replace(/^sha256:/, "");
};

export function createClient(url = "/graphql"): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange,
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => embeddedHash(document),
      }),
      fetchExchange,
    ],
    requestPolicy: "cache-first",
  });
}

// Runs GraphQL operations through the public surface: HTTP requests handled by yoga.fetch (no port needed).
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type ExecutionResult } from "graphql";
import { createServer } from "../../src/http/yoga.js";
import type { DbHandle } from "../../src/store/db.js";

export type Yoga = ReturnType<typeof createServer>;

export function testServer(db: DbHandle): Yoga {
  return createServer({ db, graphiql: false, logging: false });
}

export interface GqlResult<T> extends ExecutionResult<T> {
  status: number;
  /** SQL statements the request issued. */
  statements: number;
  /** Rows the request's driver statements (DbHandle.read: relationship windows, entity batches ...) returned. */
  rows: number;
}

export async function gql<T = Record<string, unknown>, V = Record<string, unknown>>(
  yoga: Yoga,
  db: DbHandle,
  query: string | TypedDocumentNode<T, V>,
  variables?: V,
): Promise<GqlResult<T>> {
  const before = db.stats.statements;
  const rowsBefore = db.stats.rows;
  const res = await yoga.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query: typeof query === "string" ? query : print(query), variables }),
  });
  const body = (await res.json()) as ExecutionResult<T>;
  return { ...body, status: res.status, statements: db.stats.statements - before, rows: db.stats.rows - rowsBefore };
}

// Curation tests: GraphQL over HTTP (yoga.fetch) with an API key, and keys made straight in the database.
import type { ExecutionResult } from "graphql";
import { createKey, type Role } from "../../../src/auth/keys.js";
import type { DbHandle } from "../../../src/store/db.js";
import type { Yoga } from "../../helpers/http.js";

export async function keyFor(db: DbHandle, role: Role, name = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`) {
  return (await createKey(db.prisma, name, role)).secret;
}

export async function gqlAs<T = any>(
  yoga: Yoga,
  key: string | null,
  query: string,
  variables?: Record<string, unknown>,
  header: "authorization" | "x-api-key" = "authorization",
): Promise<ExecutionResult<T> & { status: number }> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/graphql-response+json" };
  if (key != null) headers[header] = header === "authorization" ? `Bearer ${key}` : key;
  const res = await yoga.fetch("http://test/graphql", { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return { ...((await res.json()) as ExecutionResult<T>), status: res.status };
}

/** Row counts of every table a mutation may write, to prove a refused one wrote nothing. */
export async function counts(db: DbHandle) {
  const p = db.prisma;
  return {
    entities: await p.entity.count(),
    relations: await p.relation.count(),
    citations: await p.citation.count(),
    changes: await p.change.count(),
    retired: (await p.entity.count({ where: { retiredAt: { not: null } } })) + (await p.relation.count({ where: { retiredAt: { not: null } } })),
  };
}

export const ENTITY_FIELDS = `id kind slug name acronym aliases description retiredAt retiredReason sources { slug }
  citations { facts evidence { excerpt start end } }
  ... on Organization { organizationKind executivePowers foundedYear }
  history { action actor at before after reason }`;

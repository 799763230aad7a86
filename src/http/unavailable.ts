// A database that cannot be reached (down, restarting, pool exhausted, connection cut) is not an internal error:
// clients get SERVICE_UNAVAILABLE (HTTP 503 with Retry-After for application/graphql-response+json; 200 for
// legacy application/json, as the GraphQL-over-HTTP spec asks), so they and load balancers can retry.
// A PostgreSQL statement timeout (STATEMENT_TIMEOUT_MS) is QUERY_TIMEOUT, also 503. A statement that the driver
// gave up on (DATABASE_QUERY_TIMEOUT_MS, above the statement timeout: the server did not even cancel it) means
// the server cannot be reached, as in a network partition: SERVICE_UNAVAILABLE.
//
// An outage is logged by the database handle's health (src/store/health.ts: once when it starts, a reminder
// every OUTAGE_LOG_INTERVAL_MS, once when it ends), not once per failed request.
import { GraphQLError } from "graphql";
import { maskError as defaultMaskError, type MaskError } from "graphql-yoga";
import { isBusy, type DbHandle } from "../store/db.js";

const CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN",
  // Prisma: can't reach / timed out / server closed / pool timeout
  "P1001", "P1002", "P1008", "P1017", "P2024",
  // PostgreSQL: connection exceptions, admin shutdown, crash shutdown, cannot connect now, too many connections
  "08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03", "53300",
]);
const MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|can't reach database|server has closed the connection|connection (refused|reset)|ECONNREFUSED|ECONNRESET|database system is (shutting down|starting up)|terminating connection|Connection is closed|does not allow connections|Client has encountered a connection error|Query read timeout|database did not answer/i;

function causes(error: unknown): unknown[] {
  const out: unknown[] = [];
  let e: unknown = error;
  for (let i = 0; i < 8 && e && typeof e === "object" && !out.includes(e); i++) {
    out.push(e);
    const o = e as { originalError?: unknown; cause?: unknown };
    e = o.originalError ?? o.cause;
  }
  return out;
}

export function classifyDatabaseError(error: unknown): "unavailable" | "timeout" | "busy" | null {
  if (isBusy(error)) return "busy";
  for (const e of causes(error)) {
    const o = e as { code?: unknown; name?: unknown; message?: unknown; kind?: unknown; originalCode?: unknown };
    const codes = [o.code, o.originalCode].filter((c): c is string => typeof c === "string");
    if (codes.includes("57014") || /statement timeout/i.test(String(o.message ?? ""))) return "timeout";
    if (codes.some((c) => CODES.has(c))) return "unavailable";
    if (o.name === "PrismaClientInitializationError") return "unavailable";
    if (typeof o.message === "string" && MESSAGES.test(o.message)) return "unavailable";
  }
  return null;
}

export const RETRY_AFTER_SECONDS = 5;

export function unavailableError(kind: "unavailable" | "timeout" | "busy"): GraphQLError {
  const message =
    kind === "timeout"
      ? "The query took too long and was cancelled (statement timeout); try a smaller query or retry later"
      : kind === "busy"
        ? "The service is temporarily unavailable: another process (an import or a seed) is writing to the database; retry later"
        : "The service is temporarily unavailable: the database cannot be reached; retry later";
  return new GraphQLError(message, {
    extensions: {
      code: kind === "timeout" ? "QUERY_TIMEOUT" : "SERVICE_UNAVAILABLE",
      http: { status: 503, spec: true, headers: { "retry-after": String(RETRY_AFTER_SECONDS) } },
    },
  });
}

/** Yoga's maskError, except that database outages and timeouts say so. */
export const maskError: MaskError = (error, message, isDev) => {
  const kind = classifyDatabaseError(error);
  return kind ? unavailableError(kind) : defaultMaskError(error, message, isDev);
};

/** maskError for one database: an outage also tells the handle's health (which logs it, once). */
export function databaseMaskError(db: DbHandle): MaskError {
  return (error, message, isDev) => {
    const kind = classifyDatabaseError(error);
    if (kind === "unavailable") db.health.failed(error);
    return kind ? unavailableError(kind) : defaultMaskError(error, message, isDev);
  };
}

/** Errors Yoga need not log one by one: outages, which the database's health logs (see above). */
export const isLoggedAsOutage = (error: unknown) => classifyDatabaseError(error) === "unavailable";

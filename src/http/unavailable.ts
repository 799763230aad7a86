// Yoga's error masking for database failures (classified in src/errors.ts). A database that cannot be reached (down, restarting, pool exhausted, connection cut) is not an internal error:
// clients get SERVICE_UNAVAILABLE (HTTP 503 with Retry-After for application/graphql-response+json; 200 for
// legacy application/json, as the GraphQL-over-HTTP spec asks), so they and load balancers can retry.
// A PostgreSQL statement timeout (STATEMENT_TIMEOUT_MS) is QUERY_TIMEOUT, also 503. A statement that the driver
// gave up on (DATABASE_QUERY_TIMEOUT_MS, above the statement timeout: the server did not even cancel it) means
// the server cannot be reached, as in a network partition: SERVICE_UNAVAILABLE.
//
// An outage is logged by the database handle's health (src/store/health.ts: once when it starts, a reminder
// every OUTAGE_LOG_INTERVAL_MS, once when it ends), not once per failed request.
import { maskError as defaultMaskError, type MaskError } from "graphql-yoga";
import type { DbHandle } from "../store/db.js";
import { classifyDatabaseError, unavailableError } from "../errors.js";

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

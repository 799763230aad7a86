// Every typed error of the API in one place: protocol-level errors clients switch on through `extensions.code`
// (BAD_USER_INPUT, NOT_FOUND ...), the userErrors of mutations, and the mapping of input and database failures to
// them. Unexpected errors are masked by Yoga.
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
// A 400 under application/graphql-response+json; `spec` keeps legacy application/json answers at 200, as the
// GraphQL-over-HTTP spec asks (Yoga strips `http` from the response).
const CLIENT_FAULT = { status: 400, spec: true };

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument '${argument}': ${message}`, {
    extensions: { code: "BAD_USER_INPUT", argument, http: CLIENT_FAULT },
  });
}

export function notFound(what: string, input: string): GraphQLError {
  return new GraphQLError(`${what} not found: ${input}`, { extensions: { code: "NOT_FOUND", input } });
}

/**
 * A request read more rows than the row budget (docs/limits.md): cut where it went over, before the rows it would
 * have kept took the heap. The cost check refuses most such requests before they run; this catches the rest.
 */
export function rowBudgetExceeded(budget: number): GraphQLError {
  return new GraphQLError(
    `Query read more than the row budget of ${budget} rows and was cut; ask for fewer items (first) (docs/limits.md)`,
    { extensions: { code: "ROW_BUDGET_EXCEEDED", budget } },
  );
}

// ---- userErrors of mutations

export const USER_ERROR_CODES = ["REQUIRED", "INVALID", "NOT_FOUND", "DUPLICATE", "NO_SOURCE", "CONFLICT"] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export interface UserError {
  /** Path of the input field at fault, from the argument: ["input", "sources", "0", "source"]. */
  field: string[];
  message: string;
  code: UserErrorCode;
}

/** Thrown inside a mutation's transaction to roll it back and answer with userErrors. */
export class UserErrors extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => `${e.field.join(".")}: ${e.message}`).join("; "));
    this.name = "UserErrors";
  }
}

export const fail = (field: string[], code: UserErrorCode, message: string): never => {
  throw new UserErrors([{ field, code, message }]);
};


// ---- database failures
// Translates Prisma's known request errors into userErrors, in one place: a unique constraint (P2002) is a
// DUPLICATE, a missing foreign row (P2003) or record (P2025) is NOT_FOUND. Anything else is rethrown (and masked).
interface KnownError {
  code: string;
  message: string;
  meta?: Record<string, unknown>;
}

function isKnown(e: unknown): e is KnownError {
  return typeof e === "object" && e !== null && typeof (e as KnownError).code === "string" && /^P\d{4}$/.test((e as KnownError).code);
}

/** The columns a constraint error names, across Prisma's native and driver-adapter error shapes. */
function fieldsOf(e: KnownError): string[] {
  const meta = e.meta ?? {};
  const target = meta.target ?? (meta.driverAdapterError as { cause?: { constraint?: { fields?: string[] } } })?.cause?.constraint?.fields;
  if (Array.isArray(target)) return target.map(String).map((f) => f.replace(/^"|"$/g, ""));
  if (typeof target === "string") return [target];
  if (typeof meta.field_name === "string") return [meta.field_name];
  return [];
}

/**
 * A userError for a Prisma error, or null if it is not one we translate. `fieldFor` maps a column to the input
 * path it came from (e.g. slug -> ["input", "slug"]).
 */
export function prismaUserError(e: unknown, fieldFor: (column: string) => string[] = (c) => ["input", c]): UserError | null {
  if (!isKnown(e)) return null;
  const columns = fieldsOf(e);
  const field = columns.length ? fieldFor(columns[columns.length - 1]) : ["input"];
  switch (e.code) {
    case "P2002":
      return { field, code: "DUPLICATE", message: `Already exists: another row has the same ${columns.join(", ") || "unique value"}` };
    case "P2003":
      return { field, code: "NOT_FOUND", message: `A referenced row does not exist${columns.length ? ` (${columns.join(", ")})` : ""}` };
    case "P2025":
      return { field: ["input", "id"], code: "NOT_FOUND", message: "The record to change does not exist" };
    default:
      return null;
  }
}

// ---- database errors caused by a value
// A backstop behind the validation at the edge (src/schema/input-validation.ts): should a value still reach the
// database and be refused there as data (out of range, malformed, NUL in text ...), the client hears BAD_USER_INPUT,
// not a masked internal error. PostgreSQL's class 22 (data exception) and Prisma's value errors; found on the error
// or its causes, across Prisma's native and driver-adapter shapes.
const PRISMA_VALUE_ERRORS = new Set(["P2000", "P2005", "P2006", "P2007", "P2019", "P2020", "P2033"]);

export function databaseInputError(error: unknown): GraphQLError | null {
  let e: unknown = error;
  for (let i = 0; i < 8 && e && typeof e === "object"; i++) {
    const o = e as { code?: unknown; originalCode?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } }; originalError?: unknown; cause?: unknown };
    const codes = [o.code, o.originalCode, o.meta?.driverAdapterError?.cause?.originalCode].filter((c): c is string => typeof c === "string");
    const sqlstate = codes.find((c) => /^22[0-9A-Z]{3}$/.test(c));
    const prisma = codes.find((c) => PRISMA_VALUE_ERRORS.has(c));
    if (sqlstate || prisma)
      return clientError(`A value in the request cannot be stored or compared by the database (${sqlstate ?? prisma}); check the arguments`, "BAD_USER_INPUT");
    e = o.originalError ?? o.cause;
  }
  return null;
}

// ---- input failures
// Makes every client mistake about arguments a BAD_USER_INPUT error that names the argument:
// - a literal that fails a scalar's parsing (`asOf: "1999-99-99"`) is reported by graphql-js without saying
//   which argument held it; we find the argument in the document and name it;
// - Pothos' relay plugin rejects a negative `first`/`last` with its own error and no code; we give it one.
function argumentAt(doc: DocumentNode, node: ASTNode | undefined): string | undefined {
  const start = node?.loc?.start;
  if (start === undefined) return undefined;
  let found: string | undefined;
  visit(doc, {
    Argument(arg) {
      if (arg.value.loc && arg.value.loc.start <= start && start < arg.value.loc.end) found = arg.name.value;
    },
    ObjectField(field) {
      if (field.value.loc && field.value.loc.start <= start && start < field.value.loc.end && found)
        found = `${found}.${field.name.value}`;
    },
  });
  return found;
}

const RELAY_ARG = /^Argument "(\w+)" must be (.*)$/;
const VARIABLE = /^Variable "\$(\w+)" (?:got invalid value .*?(?: at "\w+((?:\.\w+|\[\d+\])+)")?;|of (?:required|non-null) type)/s;

/** The argument (with its path inside an input object) that a variable is passed to, e.g. "filter.activeIn". */
function argumentOfVariable(doc: DocumentNode, variable: string): string | undefined {
  let found: string | undefined;
  const path: string[] = [];
  visit(doc, {
    Argument: { enter: (a) => void path.push(a.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (f) => void path.push(f.name.value), leave: () => void path.pop() },
    Variable(v, _k, parent) {
      if (v.name.value === variable && !found && (parent as ASTNode | undefined)?.kind !== Kind.VARIABLE_DEFINITION && path.length)
        found = path.join(".");
    },
  });
  return found;
}

/** Deepest nesting of arrays and objects in a JSON value, counted without recursion (a 30,000-deep value is data). */
export function nestingDepth(value: unknown, limit: number): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    max = Math.max(max, d + 1);
    if (max > limit) return max;
    for (const x of Array.isArray(v) ? v : Object.values(v)) stack.push([x, d + 1]);
  }
  return max;
}

/** Deepest nesting of brackets and braces in a GraphQL document, outside strings and comments. */
export function documentNesting(source: string, limit: number): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "#") {
      while (i < source.length && source[i] !== "\n" && source[i] !== "\r") i++;
    } else if (c === '"') {
      const block = source.startsWith('"""', i);
      i += block ? 3 : 1;
      const end = (j: number) => (block ? source.startsWith('"""', j) : source[j] === '"' || source[j] === "\n");
      while (i < source.length && !end(i)) i += source[i] === "\\" ? 2 : 1;
      if (block) i += 2;
    } else if (c === "{" || c === "[" || c === "(") {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === "}" || c === "]" || c === ")") depth--;
  }
  return max;
}

/**
 * Nesting allowed in a document (selection sets, arguments, lists and input objects together) and in variables.
 * Far above any real query (docs/limits.md), far below what would exhaust the stack of graphql-js' recursive parser
 * and value coercion, or of plugins that walk variables (the response cache's key).
 */
export const MAX_NESTING = 64;

const clientError = (message: string, code: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions, http: CLIENT_FAULT } });

export function useInputErrors(): Plugin {
  return {
    // Yoga's GET and form parsers JSON.parse `variables` and `extensions` and let a SyntaxError become a 500.
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (e) {
          if (e instanceof SyntaxError)
            throw new GraphQLError(`Malformed request: variables or extensions are not valid JSON (${e.message.slice(0, 120)})`, {
              extensions: { code: "BAD_REQUEST", http: { status: 400 } },
            });
          throw e;
        }
      });
    },
    onParams({ params, setResult }) {
      if (typeof params.query === "string" && documentNesting(params.query, MAX_NESTING) > MAX_NESTING)
        return setResult({
          errors: [clientError(`Query is too deeply nested: more than ${MAX_NESTING} levels of brackets`, "QUERY_TOO_COMPLEX", { kind: "nesting" })],
        });
      if (params.variables != null && nestingDepth(params.variables, MAX_NESTING) > MAX_NESTING)
        setResult({ errors: [clientError(`Variables are nested too deeply: more than ${MAX_NESTING} levels`, "BAD_USER_INPUT")] });
    },
    onValidate({ params }) {
      return ({ result, setResult }) => {
        if (!result.length) return;
        setResult(
          result.map((err) => {
            // Literals that fail their type (ValuesOfCorrectTypeRule) carry the literal's node but no code.
            const wrongValue = !err.extensions?.code && /^(Expected value of type|\w+ cannot represent)/.test(err.message);
            if (!wrongValue || err.extensions?.argument) return err;
            const argument = argumentAt(params.documentAST, err.nodes?.[0]);
            if (!argument) return err;
            return new GraphQLError(`Argument '${argument}': ${err.message}`, {
              nodes: err.nodes,
              extensions: { ...err.extensions, code: "BAD_USER_INPUT", argument },
            });
          }),
        );
      };
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors?.length) return;
          setResult({
            ...result,
            errors: result.errors.map((err) => {
              if (err.extensions?.code) return err;
              // Variables that fail their type are refused by graphql-js before execution, without a code.
              const v = VARIABLE.exec(err.message);
              if (v) {
                const argument = argumentOfVariable(args.document, v[1]);
                // Paths inside a value spelt as our own: filter.kinds.0, not filter.kinds[0].
                const inside = (v[2] ?? "").replace(/\[(\d+)\]/g, ".$1");
                return clientError(err.message, "BAD_USER_INPUT", argument ? { argument: `${argument}${inside}` } : {});
              }
              // graphql-js stops coercing variables after 50 errors with an error of its own (no variable named).
              if (err.message.startsWith("Too many errors processing variables")) return clientError(err.message, "BAD_USER_INPUT");
              const m = RELAY_ARG.exec(err.message);
              if (m)
                return new GraphQLError(`Argument '${m[1]}': must be ${m[2]}`, {
                  nodes: err.nodes,
                  path: err.path,
                  extensions: { code: "BAD_USER_INPUT", argument: m[1], http: CLIENT_FAULT },
                });
              // Pothos refuses malformed connection arguments (a cursor it cannot decode, `after` with `last` ...)
              // with a PothosValidationError: the client's mistake, not ours.
              if (err.originalError?.name === "PothosValidationError") {
                const argument = /\b(after|before|first|last)\b/.exec(err.message)?.[1] ?? (/cursor/i.test(err.message) ? "after" : undefined);
                return new GraphQLError(argument ? `Argument '${argument}': ${err.message.slice(0, 200)}` : err.message.slice(0, 200), {
                  nodes: err.nodes,
                  path: err.path,
                  extensions: { code: "BAD_USER_INPUT", ...(argument && { argument }), http: CLIENT_FAULT },
                });
              }
              return err;
            }),
          });
        },
      };
    },
  };
}

// ---- database failures that are not the client's: outages, timeouts, a writer holding the lock

/** Whether an error (or its cause) is SQLite's "another connection holds the lock" (SQLITE_BUSY*). */
export function isBusy(error: unknown): boolean {
  let e: unknown = error;
  for (let i = 0; i < 8 && e && typeof e === "object"; i++) {
    const o = e as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; originalError?: unknown; meta?: { driverAdapterError?: unknown } };
    if ([o.code, o.originalCode].some((c) => typeof c === "string" && c.startsWith("SQLITE_BUSY"))) return true;
    if (typeof o.message === "string" && /database is locked|SQLITE_BUSY/.test(o.message)) return true;
    e = o.originalError ?? o.cause ?? o.meta?.driverAdapterError;
  }
  return false;
}

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

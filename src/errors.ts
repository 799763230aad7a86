// Every typed error of the API in one place: protocol-level errors clients switch on through `extensions.code`
// (BAD_USER_INPUT, NOT_FOUND ...), the userErrors of mutations, and the mapping of input and database failures to
// them. Unexpected errors are masked by Yoga.
import { GraphQLError, visit, type ASTNode, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument '${argument}': ${message}`, {
    extensions: { code: "BAD_USER_INPUT", argument },
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

export function useInputErrors(): Plugin {
  return {
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
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors?.length) return;
          setResult({
            ...result,
            errors: result.errors.map((err) => {
              const m = RELAY_ARG.exec(err.message);
              if (!m || err.extensions?.code) return err;
              return new GraphQLError(`Argument '${m[1]}': must be ${m[2]}`, {
                nodes: err.nodes,
                path: err.path,
                extensions: { code: "BAD_USER_INPUT", argument: m[1] },
              });
            }),
          });
        },
      };
    },
  };
}

// Translates Prisma's known request errors into userErrors, in one place: a unique constraint (P2002) is a
// DUPLICATE, a missing foreign row (P2003) or record (P2025) is NOT_FOUND. Anything else is rethrown (and masked).
import type { UserError } from "./curation.js";

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

// Validation of every argument at the edge, before any resolver (and so any SQL) sees it: a Pothos plugin that wraps
// the resolver of each field with arguments. Rules that hold for every argument of a type, whatever the field:
// - text (String, ID, at any depth of an input object or list) is well-formed Unicode without NUL: PostgreSQL refuses
//   NUL in text and a lone surrogate cannot be stored or compared, so both would fail as internal errors;
// - a connection's `after`/`before` cursor of an id-keyed plugin-prisma connection decodes to a 32-bit id: anything
//   else (NaN, 1e+21, a string or an object in the cursor) would reach Prisma and fail there.
// Each failure is BAD_USER_INPUT naming the argument (with its path inside an input object, e.g. filter.text).
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import {
  getNamedType, getNullableType, isInputObjectType, isListType, isScalarType,
  type GraphQLFieldResolver, type GraphQLInputType, type GraphQLResolveInfo,
} from "graphql";
import { badInput } from "../errors.js";

export const MAX_INT32 = 2 ** 31 - 1;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(argument: string, value: string) {
  if (value.includes("\u0000")) throw badInput(argument, "must not contain NUL characters");
  if (LONE_SURROGATE.test(value)) throw badInput(argument, "must be well-formed Unicode (it contains a lone surrogate)");
}

function checkValue(argument: string, type: GraphQLInputType, value: unknown): void {
  if (value == null) return;
  const t = getNullableType(type);
  if (isListType(t)) {
    if (Array.isArray(value)) value.forEach((v, i) => checkValue(`${argument}.${i}`, t.ofType, v));
    return;
  }
  if (isInputObjectType(t)) {
    const fields = t.getFields();
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (fields[k]) checkValue(`${argument}.${k}`, fields[k].type, v);
    return;
  }
  if (isScalarType(t) && typeof value === "string") checkText(argument, value);
}

/** plugin-prisma's cursor of an `id` column: base64("GPC:N:<id>"). */
const PRISMA_ID_CURSOR = /^GPC:N:(\d{1,10})$/;

function checkCursor(argument: string, cursor: string) {
  const decoded = Buffer.from(cursor, "base64").toString("utf8");
  if (!decoded.startsWith("GPC:")) return; // another connection's format: its resolver decodes it
  const m = PRISMA_ID_CURSOR.exec(decoded);
  if (!m || Number(m[1]) > MAX_INT32 || Buffer.from(decoded, "utf8").toString("base64").replace(/=+$/, "") !== cursor.replace(/=+$/, ""))
    throw badInput(argument, `'${cursor.slice(0, 80)}' is not a cursor returned by this connection`);
}

/** Field nodes whose arguments passed, with the variables and parent type they were checked with. */
const checked = new WeakMap<object, { variables: object; parentType: object }>();

export function checkArguments(args: Record<string, unknown>, info: GraphQLResolveInfo): void {
  // A field's arguments come from its node and the request's variables only: checked once per node and request,
  // not once per parent (a nested list field runs for every row of the level above).
  const node = info.fieldNodes[0];
  const seen = checked.get(node);
  if (seen && seen.variables === info.variableValues && seen.parentType === info.parentType) return;
  checkArgumentValues(args, info);
  checked.set(node, { variables: info.variableValues, parentType: info.parentType });
}

function checkArgumentValues(args: Record<string, unknown>, info: GraphQLResolveInfo): void {
  const field = info.parentType.getFields()[info.fieldName];
  if (!field) return;
  for (const arg of field.args) {
    const value = args[arg.name];
    if (value == null) continue;
    checkValue(arg.name, arg.type, value);
    if ((arg.name === "after" || arg.name === "before") && typeof value === "string" && getNamedType(field.type).name.endsWith("Connection"))
      checkCursor(arg.name, value);
  }
}

class InputValidationPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    if (Object.keys(fieldConfig.args).length === 0) return resolver;
    return (parent, args, context, info) => {
      checkArguments(args as Record<string, unknown>, info);
      return resolver(parent, args, context, info);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputValidation: InputValidationPlugin<Types>;
    }
  }
}

const pluginName = "inputValidation";
SchemaBuilder.registerPlugin(pluginName, InputValidationPlugin);
export default pluginName;

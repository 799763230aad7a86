// Crosswalk: an entity by an identifier another dataset uses. WIKIDATA matches Entity.wikidataId (any kind);
// the ISO 3166-1 schemes match countries.
import { builder } from "../../schema/builder.js";
import { badInput } from "../../errors.js";
import { Entity } from "../../schema/entity.js";
import { selectedColumns } from "../../schema/entity-query.js";
import { entityLookup, type EntityMatch } from "../../read/entity-list.js";

export const ExternalIdSchemeEnum = builder.enumType("ExternalIdScheme", {
  description: "An external identifier scheme: Wikidata QIDs, ISO 3166-1 alpha-2, alpha-3 and numeric country codes.",
  values: {
    WIKIDATA: { description: "Wikidata item, e.g. Q8475 (any kind of entity)." },
    ISO_ALPHA2: { description: "ISO 3166-1 alpha-2 country code, e.g. HT." },
    ISO_ALPHA3: { description: "ISO 3166-1 alpha-3 country code, e.g. HTI." },
    ISO_NUMERIC: { description: "ISO 3166-1 numeric country code, e.g. 332." },
  } as const,
});

const FORMAT: Record<string, [RegExp, string]> = {
  WIKIDATA: [/^Q[1-9]\d*$/, "expected a Wikidata QID like Q8475"],
  ISO_ALPHA2: [/^[A-Z]{2}$/, "expected two letters like HT"],
  ISO_ALPHA3: [/^[A-Z]{3}$/, "expected three letters like HTI"],
  ISO_NUMERIC: [/^\d{1,3}$/, "expected up to three digits like 332"],
};

builder.queryField("entityByExternalId", (t) =>
  t.field({
    type: Entity,
    nullable: true,
    description: "The entity with this external identifier (Wikidata QID or ISO 3166-1 code); null if there is none.",
    args: {
      scheme: t.arg({ type: ExternalIdSchemeEnum, required: true }),
      value: t.arg.string({ required: true }),
    },
    resolve: async (_root, { scheme, value }, ctx, info) => {
      let v = value.trim();
      if (scheme === "WIKIDATA" || scheme === "ISO_ALPHA2" || scheme === "ISO_ALPHA3") v = v.toUpperCase();
      if (scheme === "ISO_NUMERIC") v = v.padStart(3, "0");
      const [re, hint] = FORMAT[scheme];
      if (!re.test(scheme === "ISO_NUMERIC" ? value.trim() : v)) throw badInput("value", `${hint}, got '${value}'`);
      const match: EntityMatch =
        scheme === "WIKIDATA"
          ? { wikidataId: v }
          : { kind: "COUNTRY", ...(scheme === "ISO_ALPHA2" ? { isoAlpha2: v } : scheme === "ISO_ALPHA3" ? { isoAlpha3: v } : { isoNumeric: v }) };
      // A QID should name one entity; if data ever gave two the same, entityLookup takes the first by kind and slug.
      return entityLookup(ctx.db, match, selectedColumns(info, false));
    },
  }),
);

import { builder } from "./builder.js";
import { badInput } from "../errors.js";
import { Country, Organization } from "./entity.js";
import { allOf, bySlug, entityRootFields, equals, ofKind, related, selectedColumns } from "./entity-query.js";
import { entityLookup, type EntityMatch } from "../read/entity-list.js";
import { Hosting, Location, Membership, ToolUse, relation, relationFieldsOf } from "./relationship.js";
import { m49Region } from "./city.js";
import { decodeId } from "../data/ids.js";

builder.prismaObjectFields(Country, (t) => ({
  headquartered: t.field({
    type: [Organization],
    description: "Bodies headquartered in this country.",
    // One statement per level for every country of the request (a loader), not one per country.
    resolve: (c, _, ctx) => ctx.loaders.headquartered.load(c.id),
  }),
}));
relationFieldsOf(Country, {
  memberships: relation(Membership, ["MEMBER_OF"], "OUT", "Bodies this country is a member of."),
  missions: relation(Hosting, ["HOSTED_IN"], "IN", "Missions and programmes deployed in this country."),
  legalTools: relation(ToolUse, ["USES_TOOL"], "OUT", "Legal tools this country is party to."),
  cities: relation(Location, ["LOCATED_IN"], "IN", "Its cities that bodies or missions have their seat in."),
});

interface CountryFilter {
  text?: string | null;
  region?: string | null;
  hostsMissions?: boolean | null;
  memberOf?: string | null;
}

entityRootFields<CountryFilter>({
  kind: "COUNTRY",
  ref: Country,
  names: [null, "countries"],
  orderFields: { CODE: "isoAlpha2" },
  filter: {
    name: "CountryFilter",
    fields: (t) => ({
      region: t.string({
        required: false,
        description: "A UN M49 region (Africa, Americas, Asia, Europe, Oceania), sub-region ('Western Europe') or intermediate region ('Western Africa'), by name.",
      }),
      hostsMissions: t.boolean({ required: false, description: "Only countries that host a mission." }),
      memberOf: t.string({ required: false, description: "Slug of a body the country is a member of." }),
    }),
  },
  cond: (f) =>
    allOf(
      f.region ? m49Region(f.region) : null,
      f.hostsMissions != null ? related(["HOSTED_IN"], "IN", ofKind("MISSION"), f.hostsMissions ? "some" : "none") : null,
      f.memberOf ? related(["MEMBER_OF"], "OUT", bySlug("ORGANIZATION", f.memberOf)) : null,
    ),
});

// `country` also accepts an ISO code (alpha-2 or alpha-3), the way users name countries.
builder.queryField("country", (t) =>
  t.field({
    type: Country,
    nullable: true,
    description: "A country by global id, slug or ISO 3166-1 code (alpha-2 or alpha-3); null if there is none.",
    args: { id: t.arg.id({ required: false }), slug: t.arg.string({ required: false }), code: t.arg.string({ required: false }) },
    resolve: (_, args, ctx, info) => {
      const given = [args.id, args.slug, args.code].filter((a) => a != null).length;
      if (given !== 1) throw badInput("code", "give exactly one of id, slug or code");
      let match: EntityMatch;
      if (args.id != null) {
        const { typename, id } = decodeId(args.id);
        if (typename !== "Country") return null;
        match = { id: Number(id) };
      } else if (args.slug != null) match = { slug: args.slug };
      else {
        const code = args.code!.trim().toUpperCase();
        if (!/^[A-Z]{2,3}$/.test(code)) throw badInput("code", `'${args.code!.slice(0, 20)}' is not an ISO 3166-1 alpha-2 or alpha-3 code`);
        match = code.length === 2 ? { isoAlpha2: code } : { isoAlpha3: code };
      }
      return entityLookup(ctx.db, { kind: "COUNTRY", ...match }, selectedColumns(info, false));
    },
  }),
);

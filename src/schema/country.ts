import { builder } from "./builder.js";
import { badInput } from "../errors.js";
import { Country, Organization } from "./entity.js";
import { entityRootFields, type EntityWhere } from "./entity-query.js";
import { Hosting, Location, Membership, ToolUse, relation, relationFieldsOf } from "./relationship.js";
import { m49Region } from "./city.js";
import { decodeId } from "../data/ids.js";

builder.prismaObjectFields(Country, (t) => ({
  headquartered: t.prismaField({
    type: [Organization],
    description: "Bodies headquartered in this country.",
    resolve: (query, c, _, ctx) =>
      ctx.db.prisma.entity.findMany({ ...query, where: { headquartersCountryId: c.id }, orderBy: { name: "asc" } }),
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
  where: (f): EntityWhere => {
    const and: EntityWhere[] = [];
    if (f.region) and.push(m49Region(f.region));
    if (f.hostsMissions != null)
      and.push(
        f.hostsMissions
          ? { incoming: { some: { kind: "HOSTED_IN", from: { kind: "MISSION" } } } }
          : { incoming: { none: { kind: "HOSTED_IN", from: { kind: "MISSION" } } } },
      );
    if (f.memberOf) and.push({ outgoing: { some: { kind: "MEMBER_OF", to: { kind: "ORGANIZATION", slug: f.memberOf } } } });
    return { AND: and };
  },
});

// `country` also accepts an ISO code (alpha-2 or alpha-3), the way users name countries.
builder.queryField("country", (t) =>
  t.prismaField({
    type: Country,
    nullable: true,
    description: "A country by global id, slug or ISO 3166-1 code (alpha-2 or alpha-3); null if there is none.",
    args: { id: t.arg.id({ required: false }), slug: t.arg.string({ required: false }), code: t.arg.string({ required: false }) },
    resolve: (query, _, args, ctx) => {
      const given = [args.id, args.slug, args.code].filter((a) => a != null).length;
      if (given !== 1) throw badInput("code", "give exactly one of id, slug or code");
      let where: EntityWhere;
      if (args.id != null) {
        const { typename, id } = decodeId(args.id);
        if (typename !== "Country") return null;
        where = { id: Number(id) };
      } else if (args.slug != null) where = { slug: args.slug };
      else {
        const code = args.code!.trim().toUpperCase();
        if (!/^[A-Z]{2,3}$/.test(code)) throw badInput("code", `'${args.code!.slice(0, 20)}' is not an ISO 3166-1 alpha-2 or alpha-3 code`);
        where = code.length === 2 ? { isoAlpha2: code } : { isoAlpha3: code };
      }
      return ctx.db.prisma.entity.findFirst({ ...query, where: { kind: "COUNTRY", retiredAt: null, ...where } });
    },
  }),
);

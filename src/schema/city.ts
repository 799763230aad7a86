// Cities as entities (issue 14): the places bodies are headquartered in and missions have their seat, each in its
// country (a LOCATED_IN relationship) and carrying that country's UN M49 regions, so `where` reaches a region in one
// hop from a seat (`headquarteredIn: { some: { other: { city: { region: ... } } } }`).
import { builder } from "./builder.js";
import { City, Country } from "./entity.js";
import { allOf, countryByCode, entityRootFields, equals, related } from "./entity-query.js";
import type { EntityCond } from "../read/where.js";
import { Location, Seat, relation, relationFieldsOf } from "./relationship.js";

relationFieldsOf(City, {
  headquartered: relation(Seat, ["HEADQUARTERED_IN"], "IN", "Bodies headquartered here and missions seated here."),
  locatedIn: relation(Location, ["LOCATED_IN"], "OUT", "Its country, with the sources that state it."),
});

builder.prismaObjectFields(City, (t) => ({
  country: t.field({
    type: Country,
    nullable: true,
    description: "The country it lies in (the other end of `locatedIn`).",
    resolve: async (c, _, ctx) => {
      const [r] = await ctx.loaders.relations.load({ entityId: c.id, kinds: ["LOCATED_IN"], direction: "OUT", asOf: null, limit: 1 });
      return r ? ctx.loaders.entity.load(r.toId) : null;
    },
  }),
}));

/** A UN M49 region, sub-region or intermediate region by name: the three levels' names are distinct. */
export const m49Region = (name: string): EntityCond => ({
  op: "or",
  items: [equals("region", name), equals("subregion", name), equals("intermediateRegion", name)],
});

interface CityFilter {
  text?: string | null;
  country?: string | null;
  region?: string | null;
}

entityRootFields<CityFilter>({
  kind: "CITY",
  ref: City,
  names: ["city", "cities"],
  filter: {
    name: "CityFilter",
    fields: (t) => ({
      country: t.string({ required: false, description: "ISO code (alpha-2 or alpha-3) of its country." }),
      region: t.string({ required: false, description: "A UN M49 region, sub-region or intermediate region, by name ('Western Europe')." }),
    }),
  },
  cond: (f) =>
    allOf(
      f.country ? related(["LOCATED_IN"], "OUT", countryByCode(f.country)) : null,
      f.region ? m49Region(f.region) : null,
    ),
});

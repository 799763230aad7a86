import { builder } from "./builder.js";
import { CrimeArea } from "./entity.js";
import { bySlug, entityRootFields, related } from "./entity-query.js";
import { CrimeFocus, relation, relationFieldsOf } from "./relationship.js";

relationFieldsOf(CrimeArea, {
  actors: relation(CrimeFocus, ["WORKS_ON"], "IN", "Bodies, missions and tools that work on this crime area."),
});

entityRootFields<{ text?: string | null; workedOnBy?: string | null }>({
  kind: "CRIME_AREA",
  ref: CrimeArea,
  names: ["crimeArea", "crimeAreas"],
  filter: {
    name: "CrimeAreaFilter",
    fields: (t) => ({ workedOnBy: t.string({ required: false, description: "Slug of a body working on it." }) }),
  },
  cond: (f) => (f.workedOnBy ? related(["WORKS_ON"], "IN", bySlug(null, f.workedOnBy)) : null),
});

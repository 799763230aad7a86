// Imports every schema and resolver module, then builds the schema. Only yoga.ts, scripts/ and test/ import this.
import { lexicographicSortSchema } from "graphql";
import { builder } from "../builder.js";
import "./scalars.js";
import "./enums.js";
import "./source.js";
import "./entity.js";
import "./relationship.js";
import "./organization.js";
import "./country.js";
import "./mission.js";
import "./mission-type.js";
import "./legal-tool.js";
import "./crime-area.js";
import "./requirement.js";
import "./topic.js";
import "../resolvers/query/sources.js";
import "../resolvers/query/relations.js";
import "../resolvers/query/entityByExternalId.js";
import "../resolvers/query/search.js";
import "../resolvers/query/aggregates.js";
import "../resolvers/entity/timeline.js";
import "../resolvers/query/paths.js";
import "../resolvers/query/eligibility.js";
import "../resolvers/query/oversight.js";
import "../resolvers/query/crime-cooperation.js";

export const schema = lexicographicSortSchema(builder.toSchema());

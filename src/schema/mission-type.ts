import { builder } from "./builder.js";
import { MissionType } from "./entity.js";
import { entityRootFields } from "./entity-query.js";
import { Classification, Leadership, RequirementRule, relation, relationFieldsOf } from "./relationship.js";

relationFieldsOf(MissionType, {
  missions: relation(Classification, ["OF_TYPE"], "IN", "Missions of this type."),
  sponsors: relation(Leadership, ["LEADS"], "IN", "Bodies that sponsor missions of this type."),
  requirements: relation(RequirementRule, ["REQUIRES"], "OUT", "What missions of this type ask of officers."),
});

entityRootFields({ kind: "MISSION_TYPE", ref: MissionType, names: ["missionType", "missionTypes"] });

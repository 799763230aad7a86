import { builder } from "./builder.js";
import { MissionType } from "./entity.js";
import { entityRootFields } from "./entity-query.js";
import { Classification, Leadership, RequirementRule, relationField } from "./relationship.js";

builder.prismaObjectFields(MissionType, (t) => ({
  missions: relationField(t, Classification, ["OF_TYPE"], "IN", "Missions of this type."),
  sponsors: relationField(t, Leadership, ["LEADS"], "IN", "Bodies that sponsor missions of this type."),
  requirements: relationField(t, RequirementRule, ["REQUIRES"], "OUT", "What missions of this type ask of officers."),
}));

entityRootFields({ kind: "MISSION_TYPE", ref: MissionType, names: ["missionType", "missionTypes"] });

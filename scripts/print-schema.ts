// Writes schema.graphql from the code (sorted), for clients and codegen: `npm run gen:schema`.
import { writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { schema } from "../src/schema/index.js";

writeFileSync(new URL("../schema.graphql", import.meta.url), printSchema(schema) + "\n");

// graphql-codegen: typed documents (client preset) for every operation in client/operations, generated from the
// committed schema.graphql into client/generated/, which frontends import. `npm run gen:client`.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["client/operations/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "client/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Custom scalars map to real TypeScript types, never `any`.
        scalars: { Date: "string", DateTime: "string", ID: "string" },
        enumsAsTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        strictScalars: true,
      },
    },
  },
};

export default config;

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
      presetConfig: {
        fragmentMasking: false,
        // Every document gets its sha256 hash (`__meta__.hash`), and persisted-documents.json maps hash -> text:
        // the server's persisted-operations mode (PERSISTED_OPERATIONS_ONLY) runs only these.
        persistedDocuments: { hashAlgorithm: "sha256" },
      },
      config: {
        // Custom scalars map to real TypeScript types, never `any`.
        scalars: { Date: "string", DateTime: "string", ID: "string" },
        enumsAsTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        strictScalars: true,
      },
    },
    // Typed urql hooks (useSearchQuery ...) over the typed documents above; a local plugin, see the file.
    "client/generated/hooks.ts": {
      plugins: ["./client/codegen/urql-hooks.cjs"],
    },
  },
};

export default config;

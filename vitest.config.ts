import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql ships both ESM and CJS builds; one copy must serve Pothos, Yoga and the tests.
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
    // Two cores: two files at a time, each on its own databases.
    maxWorkers: 2,
  },
});

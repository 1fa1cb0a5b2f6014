import { defineConfig } from "vitest/config";

// Real browsers on the built extension (npm run build first). One browser at a time: two
// headless browsers on a 2-core machine make every wait longer, not the run shorter.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

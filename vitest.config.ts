import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing";
import { analyserVersion } from "./build/analyser-version.ts";

export default defineConfig({
  plugins: [WxtVitest()],
  define: { __ANALYSER_VERSION__: JSON.stringify(analyserVersion()) },
  test: {
    include: ["test/unit/**/*.test.ts"],
    setupFiles: ["test/unit/setup.ts"],
    // A guard against a hang, not a speed target (those are in npm run bench): the fuzz and CLI
    // tests run whole processes and thousands of inputs, on machines of any load.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

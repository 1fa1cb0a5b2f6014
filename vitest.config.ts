import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing";
import { analyserVersion } from "./build/analyser-version.ts";

export default defineConfig({
  plugins: [WxtVitest()],
  define: { __ANALYSER_VERSION__: JSON.stringify(analyserVersion()) },
  test: {
    include: ["test/unit/**/*.test.ts"],
    setupFiles: ["test/unit/setup.ts"],
  },
});

import { defineConfig } from "wxt";

// Firefox is built as MV3 too, so one manifest shape (and one permission story) serves both browsers.
export default defineConfig({
  modules: ["@wxt-dev/webextension-polyfill"],
  manifestVersion: 3,
  manifest: {
    name: "DiploMark",
    description:
      "Highlights actors and commitments in Vietnam–DPRK diplomatic news and cross-references them with your own corpus. Nothing leaves your machine.",
    permissions: ["storage", "activeTab", "scripting"],
    action: { default_title: "DiploMark" },
    browser_specific_settings: {
      gecko: { id: "diplomark@diplomark.local", strict_min_version: "128.0" },
    },
  },
});

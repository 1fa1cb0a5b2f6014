import { defineConfig } from "wxt";

// Firefox is built as MV3 too, so one manifest shape (and one permission story) serves both browsers.
export default defineConfig({
  modules: ["@wxt-dev/webextension-polyfill"],
  hooks: {
    // The content script runs on every outlet page, so it does without the polyfill (~10 kB):
    // it only uses runtime.sendMessage (a promise in both browsers) and onMessage with
    // sendResponse, which both browsers support natively.
    "vite:build:extendConfig": (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === "content-script")) return;
      config.resolve ??= {};
      config.resolve.alias = {
        ...(config.resolve.alias as Record<string, string>),
        "wxt/browser": "@wxt-dev/browser",
      };
    },
  },
  manifestVersion: 3,
  manifest: {
    name: "DiploMark",
    description:
      "Highlights actors and commitments in Vietnam–DPRK diplomatic news and cross-references them with your own corpus. Nothing leaves your machine.",
    permissions: ["activeTab", "scripting"],
    action: { default_title: "DiploMark" },
    browser_specific_settings: {
      gecko: { id: "diplomark@diplomark.local", strict_min_version: "128.0" },
    },
  },
});

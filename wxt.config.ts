import { defineConfig } from "wxt";
import { analyserVersion } from "./build/analyser-version.ts";
import { GATE_SCRIPT, PRESET_CSS_FILES } from "./src/protocol/script-files";
import { OUTLETS, outletMatchPatterns } from "./src/settings/outlets";

// Firefox is built as MV3 too, so one manifest shape (and one permission story) serves both browsers.
export default defineConfig({
  modules: ["@wxt-dev/webextension-polyfill"],
  vite: () => ({ define: { __ANALYSER_VERSION__: JSON.stringify(analyserVersion()) } }),
  hooks: {
    // The content scripts (the gate on every outlet page, the session script it has injected)
    // do without the polyfill (~10 kB): they only use runtime.sendMessage and storage.local.get
    // (promises in both browsers) and onMessage with sendResponse, which both support natively.
    "vite:build:extendConfig": (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === "unlisted-script")) return;
      config.resolve ??= {};
      config.resolve.alias = {
        ...(config.resolve.alias as Record<string, string>),
        "wxt/browser": "@wxt-dev/browser",
      };
    },
  },
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    // Names and texts come from public/_locales (English default, Vietnamese), chosen by the browser's language.
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "en",
    // storage: the user's settings (storage.local). Other sites are asked for one by one, when
    // the user turns them on in the options page.
    permissions: ["activeTab", "scripting", "storage"],
    // The outlets the gate content script is declared for, and nothing more: the background
    // injects the session script (scripting.executeScript) only into a page whose gate passed.
    host_permissions: outletMatchPatterns(OUTLETS),
    // The gate (entrypoints/content-gate.ts, an unlisted script without WXT's content-script
    // context) on every outlet page.
    // Chromium: highlights-chromium.css, the default look of our highlights, in place before the
    // page is built at no cost (its rules sit on :root). Firefox would pay for its form on every
    // outlet page: it gets it with the session (src/settings/categories.ts says why).
    content_scripts: [
      {
        matches: outletMatchPatterns(OUTLETS),
        js: [GATE_SCRIPT],
        ...(browser === "firefox" ? {} : { css: [PRESET_CSS_FILES.chromium] }),
        run_at: "document_idle",
      },
    ],
    optional_host_permissions: ["*://*/*"],
    // Drawn by scripts/icons.ts: a light rim keeps the blue square readable on dark toolbars.
    icons: { 16: "icon/16.png", 32: "icon/32.png", 48: "icon/48.png", 128: "icon/128.png" },
    action: {
      default_title: "__MSG_extName__",
      default_icon: { 16: "icon/16.png", 32: "icon/32.png" },
    },
    // Chromium leaves a suggested key unassigned when it is one of its own accelerators, as
    // Alt+Shift+N and Alt+Shift+P are (commands.getAll() showed them empty): J and K, the
    // next/previous of mail readers and feeds, are free in both browsers.
    commands: {
      "next-highlight": { suggested_key: { default: "Alt+Shift+J" }, description: "__MSG_commandNext__" },
      "previous-highlight": {
        suggested_key: { default: "Alt+Shift+K" },
        description: "__MSG_commandPrevious__",
      },
      _execute_action: { suggested_key: { default: "Alt+Shift+D" } },
    },
    browser_specific_settings: {
      gecko: { id: "diplomark@diplomark.local", strict_min_version: "128.0" },
    },
  }),
});

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
    // Names and texts come from public/_locales (English default, Vietnamese), chosen by the browser's language.
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "en",
    // storage: the user's settings (storage.local). Other sites are asked for one by one, when
    // the user turns them on in the options page.
    permissions: ["activeTab", "scripting", "storage"],
    optional_host_permissions: ["*://*/*"],
    action: { default_title: "__MSG_extName__" },
    commands: {
      "next-highlight": { suggested_key: { default: "Alt+Shift+N" }, description: "__MSG_commandNext__" },
      "previous-highlight": {
        suggested_key: { default: "Alt+Shift+P" },
        description: "__MSG_commandPrevious__",
      },
      _execute_action: { suggested_key: { default: "Alt+Shift+D" } },
    },
    browser_specific_settings: {
      gecko: { id: "diplomark@diplomark.local", strict_min_version: "128.0" },
    },
  },
});

import "fake-indexeddb/auto";
import { fakeBrowser } from "wxt/testing";
import { getMessageIn } from "./helpers/messages";

// fakeBrowser has no i18n: the UI's strings come from the English messages, as in an English browser.
fakeBrowser.i18n.getMessage = getMessageIn("en") as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => "en";

// Events fakeBrowser leaves unimplemented, which the background listens to at start.
const silentEvent = () => ({
  addListener: () => undefined,
  removeListener: () => undefined,
  hasListener: () => false,
  hasListeners: () => false,
});
Object.assign(fakeBrowser.commands, { onCommand: silentEvent() });
Object.assign(fakeBrowser.permissions, { onAdded: silentEvent(), onRemoved: silentEvent() });
Object.assign(fakeBrowser.scripting, {
  getRegisteredContentScripts: async () => [],
  registerContentScripts: async () => undefined,
  unregisterContentScripts: async () => undefined,
});

import { launchFirefox } from "../../tools/browsers/firefox";
import { workbenchSuite } from "./harness/workbench-suite";

// Needs Firefox's Vietnamese language pack (Debian: firefox-esr-l10n-vi).
workbenchSuite("firefox", launchFirefox, { extensionDir: ".output/firefox-mv3", listenHost: "::" });

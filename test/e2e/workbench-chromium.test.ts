import { launchChromium } from "../../tools/browsers/chromium";
import { workbenchSuite } from "./harness/workbench-suite";

workbenchSuite("chromium", launchChromium, { extensionDir: ".output/chrome-mv3", listenHost: "127.0.0.1" });

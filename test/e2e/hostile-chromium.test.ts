import { launchChromium } from "../../tools/browsers/chromium";
import { hostileSuite } from "./harness/hostile-suite";

hostileSuite("chromium", launchChromium, { extensionDir: ".output/chrome-mv3", listenHost: "127.0.0.1" });

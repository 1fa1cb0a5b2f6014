import { launchChromium } from "./harness/chromium";
import { browserSuite } from "./harness/suite";

browserSuite("chromium", launchChromium, { extensionDir: ".output/chrome-mv3", listenHost: "127.0.0.1" });

import { launchChromium } from "../../tools/browsers/chromium";
import { librarySuite } from "./harness/library-suite";

librarySuite("chromium", launchChromium, { extensionDir: ".output/chrome-mv3", listenHost: "127.0.0.1" });

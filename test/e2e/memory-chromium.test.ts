import { launchChromium } from "../../tools/browsers/chromium";
import { memorySuite } from "./harness/memory-suite";

memorySuite("chromium", launchChromium, { extensionDir: ".output/chrome-mv3", listenHost: "127.0.0.1" });

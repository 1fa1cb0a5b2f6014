import { launchFirefox } from "../../tools/browsers/firefox";
import { memorySuite } from "./harness/memory-suite";

// Firefox may resolve the mapped names to ::1 as well as 127.0.0.1: listen on both.
memorySuite("firefox", launchFirefox, { extensionDir: ".output/firefox-mv3", listenHost: "::" });

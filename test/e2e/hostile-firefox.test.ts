import { launchFirefox } from "../../tools/browsers/firefox";
import { hostileSuite } from "./harness/hostile-suite";

// Firefox may resolve the mapped names to ::1 as well as 127.0.0.1: listen on both.
hostileSuite("firefox", launchFirefox, { extensionDir: ".output/firefox-mv3", listenHost: "::" });

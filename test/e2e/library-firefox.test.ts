import { launchFirefox } from "../../tools/browsers/firefox";
import { librarySuite } from "./harness/library-suite";

// Firefox may resolve the mapped names to ::1 as well as 127.0.0.1: listen on both.
librarySuite("firefox", launchFirefox, { extensionDir: ".output/firefox-mv3", listenHost: "::" });

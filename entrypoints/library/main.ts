import "../../assets/base.css";
import "./style.css";
import { uiLanguage } from "../../src/i18n/t";
import { runLibrary } from "../../src/library/app";

document.documentElement.lang = uiLanguage();
const root = document.getElementById("app");
if (root) void runLibrary(root);

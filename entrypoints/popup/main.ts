import "../../assets/base.css";
import "./style.css";
import { uiLanguage } from "../../src/i18n/t";
import { runPopup } from "../../src/popup/app";

document.documentElement.lang = uiLanguage();
const root = document.getElementById("app");
if (root) void runPopup(root, location.search);

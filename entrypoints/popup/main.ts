import "./style.css";
import { runPopup } from "../../src/popup/app";

const root = document.getElementById("app");
if (root) void runPopup(root, location.search);

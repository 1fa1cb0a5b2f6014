import "./style.css";
import { runLibrary } from "../../src/library/app";

const root = document.getElementById("app");
if (root) void runLibrary(root);

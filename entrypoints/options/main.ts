import "../../assets/base.css";
import "./style.css";
import { runOptions } from "../../src/options/app";

const root = document.getElementById("app");
if (root) void runOptions(root);

export * from "../contract/analysis";
export { analyse } from "./analyse";

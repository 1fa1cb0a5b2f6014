export { analyse } from "./analyse";
export * from "./types";

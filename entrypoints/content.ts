export default defineContentScript({
  matches: ["*://baotintuc.vn/*"],
  main() {},
});

import { t } from "../i18n/t";

// The strings of the library's memory views (actor pages, stories, the events export), read
// when used like those of strings.ts.

export const M = {
  actorPageTitle: (name: string) => t("libActorPageTitle", name),
  actorSummary: (n: number, from?: string, to?: string) =>
    from && to ? t("libActorSummary", n, from, to) : t("libActorSummaryUndated", n),
  get actorRoles() {
    return t("libActorRoles");
  },
  actorRoleSpan: (from: string, to: string) => t("libActorRoleSpan", from, to),
  get actorArticles() {
    return t("libActorArticles");
  },
  get actorWith() {
    return t("libActorWith");
  },
  actorWithCount: (name: string, n: number) => t("libActorWithCount", name, n),
  get actorCommitments() {
    return t("libActorCommitments");
  },
  get actorNoCommitments() {
    return t("libActorNoCommitments");
  },
  get actorNone() {
    return t("libActorNone");
  },
  get actorBack() {
    return t("libActorBack");
  },
  actorOpen: (name: string) => t("libActorOpen", name),
  get undated() {
    return t("libUndated");
  },
  get stories() {
    return t("libStories");
  },
  get storiesDesc() {
    return t("libStoriesDesc");
  },
  get storiesEmpty() {
    return t("libStoriesEmpty");
  },
  storyHeading: (n: number, from: string, to: string) => t("libStoryHeading", n, from, to),
  storyCarried: (outlets: string) => t("libStoryCarried", outlets),
  get exportEvents() {
    return t("libExportEvents");
  },
};

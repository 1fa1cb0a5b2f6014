import type { StoryKey } from "../corpus/stories";
import { el } from "../ui/dom";
import { languageName } from "../ui/labels";
import { M } from "./memory-strings";

/** The stories among the shown articles: each report of one event under one heading, oldest first. */
export function renderStories(
  stories: readonly StoryKey[][],
  titles: ReadonlyMap<string, string>,
  read: (id: string) => void,
): HTMLElement {
  const desc = el("p", { class: "desc" }, M.storiesDesc);
  if (stories.length === 0) return el("div", {}, desc, el("p", { class: "empty" }, M.storiesEmpty));
  return el(
    "div",
    {},
    desc,
    el(
      "ol",
      { class: "stories" },
      ...stories.map((story) => {
        const first = story[0]!.published!;
        const last = story[story.length - 1]!.published!;
        const outlets = [...new Set(story.map((k) => k.outlet))];
        return el(
          "li",
          { "data-story": story[0]!.id, "data-story-size": String(story.length) },
          el("h3", {}, M.storyHeading(story.length, first, last)),
          el("p", { class: "muted" }, M.storyCarried(outlets.join(", "))),
          el(
            "ul",
            {},
            ...story.map((k) => {
              const open = el(
                "button",
                { type: "button", class: "link", "data-action": "read" },
                titles.get(k.id) ?? k.id,
              );
              open.addEventListener("click", () => read(k.id));
              return el(
                "li",
                { "data-story-article": k.id, "data-outlet": k.outlet, lang: k.language },
                el("time", { datetime: k.published! }, k.published!),
                " ",
                open,
                ` — ${k.outlet}, ${languageName(k.language)}`,
              );
            }),
          ),
        );
      }),
    ),
  );
}

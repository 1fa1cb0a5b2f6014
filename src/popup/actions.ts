import type { BackgroundReplies, PageRequest } from "../protocol/messages";

export type RevealTarget = Extract<PageRequest, { type: "page:reveal" }>["target"];

/** What the rendered popup can ask for; main.ts wires these to the tab and the background. */
export interface PopupActions {
  reveal(target: RevealTarget): void;
  save(): Promise<BackgroundReplies["save"]>;
}

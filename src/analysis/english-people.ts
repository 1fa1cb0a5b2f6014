import nlp from "compromise";
import { detached } from "./tokens";

// compromise knows English given names ("Mike Pompeo", "Antony Blinken") that no title or
// name shape reveals. It only ever sees the short candidate run, never the whole text: that
// keeps the analyser an order of magnitude faster than running it over the article.

const cache = new Map<string, boolean>();

export function isEnglishPersonName(run: string): boolean {
  const hit = cache.get(run);
  if (hit !== undefined) return hit;
  const people = nlp(run).people().out("array") as string[];
  const yes = people.length === 1 && people[0] === run;
  if (cache.size > 5000) cache.clear();
  cache.set(detached(run), yes);
  return yes;
}

import type { StoredArticle } from "../contract/corpus";

// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/): one annotation per
// highlight — every actor mention and every commitment sentence — targeting the stored text.

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
const AROUND = 32;

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export interface TextualBody {
  type: "TextualBody";
  purpose: "tagging" | "describing";
  value: string;
  format: "text/plain" | "application/json";
}

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "identifying" | "classifying";
  created: string;
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationCollection {
  "@context": typeof ANNO_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
}

export function toAnnotationCollection(
  articles: readonly StoredArticle[],
  now = new Date(),
): AnnotationCollection {
  const items = articles.flatMap(annotationsOf);
  const id = `urn:diplomark:annotations:${now.toISOString()}`;
  return {
    "@context": ANNO_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: "DiploMark highlights: actors and commitments",
    total: items.length,
    first: { id: `${id}:page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}

export function annotationsOf(article: StoredArticle): WebAnnotation[] {
  const { text, analysis } = article;
  const points = codePoints(text);
  const base = `urn:diplomark:annotation:${encodeURIComponent(article.id)}`;
  const target = (start: number, end: number) => ({
    source: article.url,
    selector: [
      {
        type: "TextQuoteSelector",
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - AROUND), start),
        suffix: text.slice(end, end + AROUND),
      },
      { type: "TextPositionSelector", start: points(start), end: points(end) },
    ] as [TextQuoteSelector, TextPositionSelector],
  });
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const out: WebAnnotation[] = [];
  for (const actor of analysis.actors) {
    const description = { id: actor.id, name: actor.name, side: actor.side, type: actor.type };
    actor.mentions.forEach((m, i) => {
      out.push({
        id: `${base}:actor:${encodeURIComponent(actor.id)}:${i}`,
        type: "Annotation",
        motivation: "identifying",
        created: article.savedAt,
        body: [
          { type: "TextualBody", purpose: "tagging", value: actor.name, format: "text/plain" },
          {
            type: "TextualBody",
            purpose: "describing",
            value: JSON.stringify(description),
            format: "application/json",
          },
        ],
        target: target(m.start, m.end),
      });
    });
  }
  analysis.commitments.forEach((c, i) => {
    const description = {
      kind: c.kind,
      areas: c.areas,
      actors: c.actors.map((id) => ({ id, name: names.get(id) ?? id })),
    };
    out.push({
      id: `${base}:commitment:${i}`,
      type: "Annotation",
      motivation: "classifying",
      created: article.savedAt,
      body: [
        { type: "TextualBody", purpose: "tagging", value: c.kind, format: "text/plain" },
        ...c.areas.map(
          (area): TextualBody => ({
            type: "TextualBody",
            purpose: "tagging",
            value: area,
            format: "text/plain",
          }),
        ),
        {
          type: "TextualBody",
          purpose: "describing",
          value: JSON.stringify(description),
          format: "application/json",
        },
      ],
      target: target(c.start, c.end),
    });
  });
  return out;
}

/**
 * TextPositionSelector counts code points, JavaScript strings UTF-16 units: the two differ by
 * one per astral character (emoji, rare CJK) before the offset.
 */
function codePoints(text: string): (offset: number) => number {
  const lows: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const p = text.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff) lows.push(i);
  }
  return (offset) => {
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lows[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

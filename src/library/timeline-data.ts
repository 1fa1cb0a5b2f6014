export interface TimelineInput {
  id: string;
  title: string;
  published?: string;
  relevant: boolean;
}

export interface TimelinePoint {
  id: string;
  title: string;
  date: string;
  relevant: boolean;
  /** 0..1 along the axis. */
  x: number;
  /** 0 for the axis row; points too close to an earlier one stack upwards. */
  lane: number;
}

export interface TimelineTick {
  date: string;
  x: number;
}

export interface TimelineData {
  start: string;
  end: string;
  points: TimelinePoint[];
  ticks: TimelineTick[];
  lanes: number;
  /** Articles with no published date: they have no place on the axis. */
  undated: string[];
}

const DAY = 86_400_000;

/**
 * Places dated articles on a day axis padded by a day at each end. Points closer than
 * `minGap` (a fraction of the axis) to the last point of a lane go to the next lane up.
 */
export function timelineData(articles: readonly TimelineInput[], minGap = 0.03): TimelineData {
  const dated = articles
    .filter((a): a is TimelineInput & { published: string } => Boolean(a.published && dayOf(a.published)))
    .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : 1));
  const undated = articles.filter((a) => !dated.includes(a as never)).map((a) => a.id);
  if (dated.length === 0) return { start: "", end: "", points: [], ticks: [], lanes: 0, undated };

  const first = dayOf(dated[0]!.published)! - DAY;
  const last = dayOf(dated[dated.length - 1]!.published)! + DAY;
  const span = last - first;
  const at = (t: number) => (t - first) / span;

  const laneEnds: number[] = [];
  const points = dated.map((a) => {
    const x = at(dayOf(a.published)!);
    let lane = laneEnds.findIndex((end) => x - end >= minGap);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = x;
    return { id: a.id, title: a.title, date: a.published, relevant: a.relevant, x, lane };
  });
  return {
    start: iso(first),
    end: iso(last),
    points,
    ticks: ticks(first, last).map((t) => ({ date: iso(t), x: at(t) })),
    lanes: laneEnds.length,
    undated,
  };
}

/** Month starts when the axis spans months, otherwise evenly spaced days (at most ~7 ticks). */
function ticks(first: number, last: number): number[] {
  const out: number[] = [];
  const d = new Date(first);
  let m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  while (m <= last) {
    out.push(m);
    const md = new Date(m);
    m = Date.UTC(md.getUTCFullYear(), md.getUTCMonth() + 1, 1);
  }
  if (out.length >= 2) {
    const step = Math.ceil(out.length / 8);
    return out.filter((_, i) => i % step === 0);
  }
  const days = Math.round((last - first) / DAY);
  const step = Math.max(1, Math.ceil(days / 6));
  const daily: number[] = [];
  for (let t = first; t <= last; t += step * DAY) daily.push(t);
  return daily;
}

function dayOf(isoDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t;
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

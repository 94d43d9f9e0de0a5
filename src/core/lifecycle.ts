/** A model's lifecycle as a message, for BEDROCK_MODEL_STATUS and the sidebar to word. */
import type { CompiledModel } from './compiled-book';
import { msg, type Message } from './message';

/** The dates a status can state. */
type Dates = Pick<CompiledModel, 'eolDate' | 'extendedDate'>;

/**
 * The model's lifecycle in a Region (a resolved code), or with no Region its own, plus every Region whose dates
 * differ ("…; in ap-northeast-1, …: end of life 2026-07-30"), so that the general answer misleads nobody there.
 * The status is the book's (as of its lifecycle sources), never worked out from today's date: a Region changes the
 * dates stated, not the status.
 */
export function statusMessage(m: CompiledModel, region?: string): Message {
  if (region !== undefined) {
    const own = m.regional?.find((r) => r.regions.includes(region));
    return status(m, own ? { ...m, ...own } : m);
  }
  let out = status(m, m);
  const general = datesClause(m, m);
  for (const r of m.regional ?? []) {
    const dates = datesClause(m, { ...m, ...r });
    // Only what the status states: an end-of-life model's earlier extended-access date changes nothing said.
    if (dates && JSON.stringify(dates) !== JSON.stringify(general))
      out = msg('lifecycle.with-regional', { status: out, regions: r.regions, dates });
  }
  return out;
}

function status(m: CompiledModel, d: Dates): Message {
  switch (m.status) {
    case 'active':
      return msg('lifecycle.active');
    case 'preview':
      return msg('lifecycle.preview');
    case 'legacy':
      if (!d.eolDate) return msg('lifecycle.legacy');
      return d.extendedDate
        ? msg('lifecycle.legacy-extended', { extended: d.extendedDate, date: d.eolDate })
        : msg('lifecycle.legacy-until', { date: d.eolDate });
    case 'eol': {
      const status = d.eolDate ? msg('lifecycle.eol-since', { date: d.eolDate }) : msg('lifecycle.eol');
      return m.replacement?.length ? msg('lifecycle.with-replacement', { status, replacement: m.replacement.join(', ') }) : status;
    }
  }
}

/** The dates the status states, as a clause for another Region's note; undefined when it states none. */
function datesClause(m: CompiledModel, d: Dates): Message | undefined {
  if (!d.eolDate) return undefined;
  switch (m.status) {
    case 'legacy':
      return d.extendedDate
        ? msg('lifecycle.extended-then-eol', { extended: d.extendedDate, date: d.eolDate })
        : msg('lifecycle.eol-planned', { date: d.eolDate });
    case 'eol':
      return msg('lifecycle.eol-on', { date: d.eolDate });
    default:
      // Active and Preview state no dates, in any Region.
      return undefined;
  }
}

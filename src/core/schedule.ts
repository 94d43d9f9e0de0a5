/**
 * When a hosted model is active: the "schedule" argument of the monthly estimate. A schedule is the hours of a day
 * (one span, which may cross midnight) and the days they start on (every day, or Monday to Friday). It says nothing
 * about a month: src/core/month.ts turns it into billed hours, days and 5-minute windows for one.
 *
 * Accepted (text or a number, full-width digits and the usual dashes and tildes allowed):
 * - "24/7": every hour of every day;
 * - a number H, 0 < H ≤ 24 (as a number or as text): H hours every day, one stretch a day;
 * - "H1-H2": those hours every day ("9-18"; "22-6" crosses midnight and is one 8-hour stretch); "H:MM" allowed;
 * - "weekdays H1-H2", "Mon-Fri H1-H2", "平日 H1-H2": those hours Monday to Friday (a span crossing midnight belongs
 *   to the day it starts on: "weekdays 22-6" runs from Monday 22:00 to Saturday 06:00 in five stretches);
 * - "毎日 H1-H2", "every day H1-H2", "daily H1-H2": the same as "H1-H2";
 * - "weekdays" (also "Mon-Fri", "平日"): 24 hours Monday to Friday, one stretch from Monday 00:00 to Saturday 00:00.
 */
import { PricingError } from './errors';
import { msg } from './message';
import { decimal, type Decimal } from './money';
import { excerpt } from './text';

export type ScheduleDays = 'every-day' | 'weekdays';

export interface Schedule {
  /** The days a stretch starts on. */
  days: ScheduleDays;
  /** Active hours in each active day, 0 < hours ≤ 24, exact. */
  hoursPerDay: Decimal;
  /** The span's start and end in minutes after midnight, when the schedule names one (end < start crosses midnight). */
  span?: { from: number; to: number };
  /**
   * True when an active day is active all day, so consecutive active days run together as one stretch ("24/7" is
   * one stretch for the whole month, "weekdays" one per Monday-to-Friday run).
   */
  allDay: boolean;
  /** The schedule as the user gave it, trimmed, for messages. */
  text: string;
}

const DAY_MINUTES = 24 * 60;

function badSchedule(value: string | number): PricingError {
  return new PricingError('bad-number', msg('estimate.bad-schedule', { value: excerpt(String(value).trim()) }));
}

/** Folds full-width forms, every dash, tilde and wave dash to "-", and runs of spaces to one. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212\u301c\u30fc\uff5e~]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const EVERY_DAY = /^(?:every ?day|daily|毎日)$/;
const WEEKDAYS = /^(?:weekdays?|mon(?:day)? ?- ?fri(?:day)?|平日)$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
const CLOCK = /^(\d{1,2})(?::(\d{2}))?(?:時)?$/;

/** "9", "09:30", "18時" → minutes after midnight (0 to 1440), or undefined. */
function clock(text: string): number | undefined {
  const m = CLOCK.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return undefined;
  return h * 60 + min;
}

/** "9-18" → the span; undefined when the text is not one. */
function span(text: string): { from: number; to: number } | undefined {
  const parts = text.split('-');
  if (parts.length !== 2) return undefined;
  const from = clock(parts[0]!);
  const to = clock(parts[1]!);
  if (from === undefined || to === undefined || from === to) return undefined;
  // 24 as a start is midnight; 0 as an end is midnight at the end of the day.
  return { from: from % DAY_MINUTES, to: to === 0 ? DAY_MINUTES : to };
}

function hours(value: number, original: string | number): Decimal {
  if (!Number.isFinite(value) || value <= 0 || value > 24) throw badSchedule(original);
  return decimal(value);
}

function fromSpan(days: ScheduleDays, s: { from: number; to: number }, text: string): Schedule {
  const minutes = s.to > s.from ? s.to - s.from : DAY_MINUTES - s.from + s.to;
  const allDay = minutes === DAY_MINUTES;
  // Minutes are whole, so hours are an exact decimal whenever minutes ÷ 60 terminates; otherwise keep 30 places.
  return { days, hoursPerDay: decimal(minutes).div(60), ...(allDay ? {} : { span: s }), allDay, text };
}

export function parseSchedule(value: string | number | undefined): Schedule {
  if (value === undefined) return { days: 'every-day', hoursPerDay: decimal(24), allDay: true, text: '24/7' };
  if (typeof value === 'number') {
    const h = hours(value, value);
    return { days: 'every-day', hoursPerDay: h, allDay: h.eq(24), text: String(value) };
  }
  const text = value.trim();
  const t = normalise(text);
  if (t === '24/7' || t === '24x7' || t === '24×7') return { days: 'every-day', hoursPerDay: decimal(24), allDay: true, text };
  if (NUMBER.test(t)) {
    const h = hours(Number(t), value);
    return { days: 'every-day', hoursPerDay: h, allDay: h.eq(24), text };
  }
  if (WEEKDAYS.test(t)) return { days: 'weekdays', hoursPerDay: decimal(24), allDay: true, text };
  if (EVERY_DAY.test(t)) return { days: 'every-day', hoursPerDay: decimal(24), allDay: true, text };
  // "<days> <span>": the days word is everything before the last space-free span ("mon-fri 9-18", "平日9-18").
  const m = /^(.*?)\s*(\d[\d:時]*\s*-\s*\d[\d:時]*)$/.exec(t);
  if (m) {
    const words = m[1]!.trim();
    const days: ScheduleDays | undefined =
      words === '' || EVERY_DAY.test(words) ? 'every-day' : WEEKDAYS.test(words) ? 'weekdays' : undefined;
    const s = span(m[2]!.replace(/\s/g, ''));
    if (days && s) return fromSpan(days, s, text);
  }
  throw badSchedule(value);
}

/** True for a schedule that is active every hour of every day. */
export function isAlwaysOn(s: Schedule): boolean {
  return s.allDay && s.days === 'every-day';
}

/**
 * The month an estimate is for, and what a schedule bills in it.
 *
 * - Blank: the average month of 730 hours (BEDROCK_PT_MONTHLY's default), 730 ÷ 24 days of which 5/7 are
 *   weekdays. A schedule of H hours every day bills H × 730 ÷ 24 hours; a weekday schedule 5/7 of that. The day
 *   counts are fractions (30.42 and 21.73 days): an average, not a calendar.
 * - A calendar month ("2026-12", "2026/12", "2026年12月", a date in it, or a Date from a cell): its real days and its
 *   Monday-to-Friday weekdays. Public holidays are not deducted (AWS bills them like any other day).
 *
 * A stretch is one uninterrupted active period: one per active day for a span, the whole month for "24/7", one per
 * run of weekdays for "weekdays". Custom Model Import bills whole 5-minute windows per stretch.
 */
import { CMI_WINDOW_MINUTES, cmiWindows } from './billing';
import { PricingError } from './errors';
import { msg } from './message';
import { decimal, type Decimal } from './money';
import type { Schedule } from './schedule';
import { excerpt } from './text';

export interface Month {
  kind: 'average' | 'calendar';
  /** "2026-12" for a calendar month; '' for the average month. */
  label: string;
  year?: number;
  /** 1 to 12. */
  month?: number;
  /** Hours in the month: 730, or days × 24. */
  hours: Decimal;
  /** Days in the month: 730 ÷ 24, or the calendar's. */
  days: Decimal;
  /** Monday-to-Friday days: 5/7 of 730 ÷ 24, or the calendar's count. */
  weekdays: Decimal;
  /** Runs of consecutive weekdays (a "weekdays" schedule is one stretch per run): 730 ÷ 168 weeks, or counted. */
  weekdayRuns: Decimal;
}

/** What a schedule is active for in a month. */
export interface ActiveTime {
  /** Days a stretch starts on (or, all day, days active). */
  days: Decimal;
  hoursPerDay: Decimal;
  /** Active hours in the month: what no commitment bills per model unit. */
  hours: Decimal;
  /** Uninterrupted stretches in the month. */
  stretches: Decimal;
  /** Whole 5-minute windows per stretch, summed over the month: what Custom Model Import bills per CMU and copy. */
  windows: Decimal;
}

export const AVERAGE_MONTH_HOURS = 730;
const DAY_HOURS = 24;
const WEEK_HOURS = 168;

function badMonth(value: unknown): PricingError {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
    return new PricingError('bad-number', msg('estimate.bad-month-date'));
  return new PricingError('bad-number', msg('estimate.bad-month', { value: excerpt(String(value)) }));
}

function calendar(year: number, month: number, value: unknown): Month {
  if (!Number.isInteger(year) || !Number.isInteger(month) || year < 1900 || year > 9999 || month < 1 || month > 12) throw badMonth(value);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  let weekdays = 0;
  let runs = 0;
  let inRun = false;
  for (let d = 1; d <= days; d++) {
    const wd = new Date(Date.UTC(year, month - 1, d)).getUTCDay();
    const weekday = wd >= 1 && wd <= 5;
    if (weekday) {
      weekdays++;
      if (!inRun) runs++;
    }
    inRun = weekday;
  }
  return {
    kind: 'calendar',
    label: `${year}-${String(month).padStart(2, '0')}`,
    year,
    month,
    hours: decimal(days * DAY_HOURS),
    days: decimal(days),
    weekdays: decimal(weekdays),
    weekdayRuns: decimal(runs),
  };
}

let averageMonth: Month | undefined;

/** The average month, built on first use: its 30-digit divisions would otherwise run at every script load. */
export function averageMonth730(): Month {
  averageMonth ??= {
    kind: 'average',
    label: '',
    hours: decimal(AVERAGE_MONTH_HOURS),
    days: decimal(AVERAGE_MONTH_HOURS).div(DAY_HOURS),
    weekdays: decimal(AVERAGE_MONTH_HOURS * 5).div(WEEK_HOURS),
    weekdayRuns: decimal(AVERAGE_MONTH_HOURS).div(WEEK_HOURS),
  };
  return averageMonth;
}

const MONTH_TEXT = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:月)?(?:\s*(?:[-/.]|月)?\s*(\d{1,2})\s*(?:日)?)?$/;

/** A month from a cell: blank, "2026-12" / "2026/12" / "2026年12月" (a day may follow), or a Date in it. */
export function parseMonth(value: string | number | Date | undefined): Month {
  if (value === undefined) return averageMonth730();
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    if (Number.isNaN(d.getTime())) throw badMonth(value);
    // A date cell arrives as midnight in the spreadsheet's time zone, which is the script's: read it locally.
    return calendar(d.getFullYear(), d.getMonth() + 1, value);
  }
  if (typeof value === 'number') throw badMonth(value);
  const m = MONTH_TEXT.exec(String(value).normalize('NFKC').trim());
  if (!m) throw badMonth(value);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const result = calendar(year, month, value);
  if (m[3] !== undefined) {
    const day = Number(m[3]);
    if (day < 1 || day > Number(result.days.toString())) throw badMonth(value);
  }
  return result;
}

/**
 * The active time of a schedule in a month. Quantities of the average month are exact products and quotients of
 * 730; the division comes last so nothing is rounded before it must be.
 */
export function activeTime(s: Schedule, m: Month): ActiveTime {
  const weekdays = s.days === 'weekdays';
  const days = weekdays ? m.weekdays : m.days;
  const minutesPerDay = s.hoursPerDay.times(60);
  if (s.allDay) {
    // Active all day: consecutive days are one stretch of whole hours, so its windows are exactly its minutes ÷ 5
    // (12 an hour; a fraction only in the average month, which is an average).
    const hours = weekdays ? (m.kind === 'average' ? decimal(AVERAGE_MONTH_HOURS * 5).div(7) : m.weekdays.times(DAY_HOURS)) : m.hours;
    const stretches = weekdays ? m.weekdayRuns : decimal(1);
    return { days, hoursPerDay: s.hoursPerDay, hours, stretches, windows: hours.times(60 / CMI_WINDOW_MINUTES) };
  }
  const windowsPerStretch = cmiWindows(minutesPerDay);
  if (m.kind === 'average') {
    const share = weekdays ? AVERAGE_MONTH_HOURS * 5 : AVERAGE_MONTH_HOURS;
    const per = weekdays ? WEEK_HOURS : DAY_HOURS;
    return {
      days,
      hoursPerDay: s.hoursPerDay,
      hours: s.hoursPerDay.times(share).div(per),
      stretches: days,
      windows: windowsPerStretch.times(share).div(per),
    };
  }
  return { days, hoursPerDay: s.hoursPerDay, hours: s.hoursPerDay.times(days), stretches: days, windows: windowsPerStretch.times(days) };
}

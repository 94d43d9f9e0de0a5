/**
 * The model picker sidebar. It draws choices, sends what the user typed to the server (getQuote) and draws the
 * answer; it never computes a price. Every text that comes from the price book is put in with textContent or
 * new Option(), never as HTML.
 */
import { itemLabel, termLabel, unitLabel } from '../core/vocabulary';
import { msg } from '../core/message';
import type { Term } from '../core/price-book';
import { FIELDS_BY_KIND, requestFor, type InputId } from '../ui/sidebar-request';
import {
  CMI_PROVIDER,
  type Answer,
  type ComparisonOk,
  type EstimateOk,
  type Field,
  type InsertNeedsConfirmation,
  type FxRate,
  type Kind,
  type Lang,
  type Message,
  type QuoteRequest,
  type SidebarData,
  type SidebarModel,
} from '../ui/sidebar-types';
import { count, percentLess, quantity, usd, usdAmount } from './format';
import { say, tr, type SidebarKey } from './i18n';
import { call } from './rpc';

/** The fields with a slider beside them; the typed text is what is sent. */
const SLIDERS = ['hoursPerDay', 'days'] as const;

/** The schedule presets; "custom" shows the text field. */
const SCHEDULE_PRESETS: { value: string; key: SidebarKey }[] = [
  { value: '24/7', key: 'schedule-always' },
  { value: 'weekdays 9-18', key: 'schedule-weekdays' },
  { value: 'custom', key: 'schedule-custom' },
];

const TERMS: Term[] = ['none', '1m', '6m'];

interface State {
  data: SidebarData;
  lang: Lang;
  provider: string;
  model: string;
  kind: Kind | undefined;
  region: string | undefined;
  showRetired: boolean;
  result: Answer | undefined;
  fx: FxRate;
  /** The message under the exchange-rate field, when the typed rate was refused. */
  fxError: Message | undefined;
  /** The number of the newest request for an answer (each change of the inputs is one), and of the answer shown. */
  seq: number;
  answered: number;
  /** The request `result` answers (see keyOf): Insert writes only an answer to the fields as they are. */
  resultFor: string | undefined;
}

let state: State;

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`sidebar: #${id} is missing`);
  return el as T;
};
/** One of the sidebar's words in its current language. */
const t = (key: SidebarKey, params?: Parameters<typeof tr>[2]): string => tr(state.lang, key, params);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function setOptions(select: HTMLSelectElement, options: (HTMLOptionElement | HTMLOptGroupElement)[], value: string | undefined): void {
  select.replaceChildren(...options);
  if (value !== undefined) select.value = value;
}

// ---------------------------------------------------------------------------------------------------------------
// Choices

function visibleModels(): SidebarModel[] {
  return state.data.models.filter((m) => state.showRetired || m.status !== 'eol');
}

function currentModel(): SidebarModel | undefined {
  return state.data.models.find((m) => m.id === state.model && m.provider === state.provider);
}

function modelLabel(m: SidebarModel): string {
  if (m.provider === CMI_PROVIDER) {
    if (m.id === 'cmus') return t('cmi-count');
    return m.cmus === undefined ? t('cmi-arch', { name: m.name }) : t('cmi-preset', { name: m.name, cmus: m.cmus });
  }
  const tag =
    m.status === 'legacy' ? t('badge-legacy') : m.status === 'eol' ? t('badge-retired') : m.status === 'preview' ? t('badge-preview') : '';
  return tag ? t('model-tagged', { name: m.name, tag }) : m.name;
}

function renderProviders(): void {
  const models = visibleModels();
  const providers = state.data.providers.filter((p) => models.some((m) => m.provider === p));
  if (!providers.includes(state.provider)) state.provider = providers[0] ?? '';
  setOptions(
    $<HTMLSelectElement>('provider'),
    providers.map((p) => new Option(p === CMI_PROVIDER ? t('cmi-provider') : p, p)),
    state.provider,
  );
}

function renderModels(): void {
  const models = visibleModels().filter((m) => m.provider === state.provider);
  if (!models.some((m) => m.id === state.model)) state.model = models[0]?.id ?? '';
  setOptions(
    $<HTMLSelectElement>('model'),
    models.map((m) => new Option(modelLabel(m), m.id)),
    state.model,
  );
  const m = currentModel();
  const badge = $('model-status');
  badge.replaceChildren();
  badge.className = 'status';
  if (m && m.status !== 'active') {
    badge.classList.add(`status-${m.status}`);
    badge.title = say(m.statusText, state.lang);
    badge.append(
      el('span', 'badge', m.status === 'legacy' ? t('badge-legacy') : m.status === 'eol' ? t('badge-retired') : t('badge-preview')),
    );
    const date = m.eolDate ?? '';
    const when =
      m.status === 'legacy' && date ? t('legacy-until', { date }) : m.status === 'eol' && date ? t('retired-since', { date }) : '';
    if (when) badge.append(' ', el('span', '', when));
  }
}

function renderKinds(): void {
  const kinds = currentModel()?.kinds ?? [];
  if (!state.kind || !kinds.includes(state.kind)) state.kind = kinds[0];
  const select = $<HTMLSelectElement>('kind');
  setOptions(
    select,
    kinds.map((k) => new Option(t(`kind-${k}`), k)),
    state.kind,
  );
  select.disabled = kinds.length === 0;
}

function renderFields(): void {
  const m = currentModel();
  const wanted = new Set<InputId>(state.kind ? FIELDS_BY_KIND[state.kind] : []);
  if (m?.provider === CMI_PROVIDER && m.cmus !== undefined) wanted.delete('cmus');
  for (const block of Array.from(document.querySelectorAll<HTMLElement>('[data-field]'))) {
    block.hidden = !wanted.has(block.dataset.field as InputId);
  }
  // Estimate a month asks for usage first (tokens, schedule), then model units: move the one units field there and back.
  const units = document.querySelector<HTMLElement>('[data-field="units"]')!;
  if (state.kind === 'estimate') document.querySelector('[data-field="month"]')!.before(units);
  else document.querySelector('[data-field="base"]')!.after(units);
  $('label-tokens').textContent = m?.trainingUnit === 'images' ? t('images') : t('tokens');
  // Hours a day and days mean a month of Provisioned Throughput, or the active time of an imported model.
  const cmi = state.kind === 'cmi-month';
  const hoursLabel = cmi ? t('active-hours-per-day') : t('hours-per-day');
  $('label-hoursPerDay').textContent = hoursLabel;
  $('label-r-hoursPerDay').textContent = t('slider', { label: hoursLabel });
  $('label-r-days').textContent = t('slider', { label: t('days') });
  $('h-hoursPerDay').textContent = cmi ? t('active-hours-hint') : t('hours-per-day-hint');
  $('h-days').textContent = cmi ? t('active-days-hint') : t('days-hint');
  // A month of tokens in the estimate; a number of tokens for on-demand.
  const month = state.kind === 'estimate';
  $('label-inputTokens').textContent = month ? t('input-tokens-month') : t('input-tokens');
  $('label-outputTokens').textContent = month ? t('output-tokens-month') : t('output-tokens');
  $('h-schedule').textContent = state.kind === 'compare' ? `${t('schedule-compare-hint')} ${t('schedule-hint')}` : t('schedule-hint');
  $('h-month').textContent = state.kind === 'compare' ? t('month-compare-hint') : t('month-hint');
  const preset = $<HTMLSelectElement>('f-schedulePreset');
  setOptions(
    preset,
    SCHEDULE_PRESETS.map((p) => new Option(t(p.key), p.value)),
    preset.value || SCHEDULE_PRESETS[0]!.value,
  );
  $('schedule-custom').hidden = preset.value !== 'custom';
  setOptions(
    $<HTMLSelectElement>('f-term'),
    TERMS.map((term) => new Option(say(termLabel(term), state.lang), term)),
    $<HTMLSelectElement>('f-term').value || state.data.defaults.fields.term,
  );
}

function renderStaticText(): void {
  document.documentElement.lang = state.lang;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]')))
    node.textContent = t(node.dataset.i18n as SidebarKey);
  const lang = $<HTMLButtonElement>('lang');
  lang.textContent = t('switch-to');
  lang.lang = state.lang === 'en' ? 'ja' : 'en';
  lang.setAttribute('aria-label', t('switch-label'));
  $('asof').textContent = t('as-of-footer', { date: state.data.checked });
  renderFx();
}

/** The exchange-rate field: the rate in force, whether it is the default, and a refused rate's message. */
function renderFx(): void {
  const input = $<HTMLInputElement>('f-fx');
  if (document.activeElement !== input && !state.fxError) input.value = state.fx.rate;
  $('h-fx').textContent = state.fx.saved ? t('fx-saved') : t('fx-default', { rate: state.fx.default });
  $('e-fx').textContent = state.fxError ? say(state.fxError, state.lang) : '';
  if (state.fxError) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function renderAll(): void {
  renderStaticText();
  renderProviders();
  renderModels();
  renderKinds();
  renderFields();
  renderResult();
}

// ---------------------------------------------------------------------------------------------------------------
// The answer

function renderRegions(result: Answer): void {
  const names = new Map(state.data.regions.map((r) => [r.code, state.lang === 'ja' ? r.nameJa : r.name]));
  const label = (code: string) => `${code} · ${names.get(code) ?? code}`;
  const priced = result.regions.filter((r) => r.priced);
  const unpriced = result.regions.filter((r) => !r.priced);
  const groups: HTMLOptGroupElement[] = [];
  if (priced.length) {
    const g = el('optgroup');
    g.label = t('priced-group');
    g.append(...priced.map((r) => new Option(label(r.code), r.code)));
    groups.push(g);
  }
  if (unpriced.length) {
    const g = el('optgroup');
    g.label = unpriced.some((r) => r.choosable) ? t('elsewhere-group') : t('unpriced-group');
    for (const r of unpriced) {
      const why = r.gap === 'not-sold' ? t('not-sold') : r.gap === 'not-published' ? t('not-published') : t('no-price');
      // The estimate prices an option not sold in the region where it is sold: every region can be asked for.
      const o = new Option(r.choosable ? label(r.code) : `${label(r.code)} — ${why}`, r.code);
      o.disabled = !r.choosable;
      // The book's notes are research notes, kept in English: shown only in English.
      if (r.note && state.lang === 'en') o.title = r.note;
      g.append(o);
    }
    groups.push(g);
  }
  if (result.region) state.region = result.region;
  setOptions($<HTMLSelectElement>('region'), groups, state.region);
  const hint = $('region-hint');
  hint.replaceChildren();
  if (result.regions.length)
    hint.append(el('span', '', t(result.kind === 'estimate' ? 'hosted-in' : 'priced-in', { n: priced.length, of: result.regions.length })));
  const notSold = unpriced.filter((r) => r.gap === 'not-sold').map((r) => r.code);
  const notPublished = unpriced.filter((r) => r.gap === 'not-published').map((r) => r.code);
  const note = state.lang === 'en' ? unpriced.find((r) => r.note)?.note : undefined;
  if (notSold.length || notPublished.length) {
    const why = el('details', 'why');
    why.append(el('summary', '', t('why-not')));
    if (notSold.length) why.append(el('div', '', t('gap-not-sold', { regions: notSold })));
    if (notPublished.length) why.append(el('div', '', t('gap-not-published', { regions: notPublished })));
    if (note) why.append(el('div', 'secondary', note));
    hint.append(why);
  }
}

function clearErrors(): void {
  for (const input of Array.from(document.querySelectorAll<HTMLElement>('[data-field] input, [data-field] select')))
    input.removeAttribute('aria-invalid');
  // The exchange rate's message stays until the rate is fixed (renderFx owns it).
  for (const e of Array.from(document.querySelectorAll<HTMLElement>('.field-error:not(#e-fx)'))) e.textContent = '';
  $('general-error').textContent = '';
}

function showError(field: Field | undefined, error: Message): void {
  const message = say(error, state.lang);
  const id = field === 'hours' && state.kind === 'rft' ? 'rftHours' : field;
  const block = id ? document.querySelector<HTMLElement>(`[data-field="${id}"]`) : null;
  if (block && !block.hidden) {
    (document.getElementById(`f-${id}`) ?? block.querySelector('input, select')!).setAttribute('aria-invalid', 'true');
    block.querySelector('.field-error')!.textContent = message;
  } else {
    $('general-error').textContent = message;
  }
}

function lifecycleNotice(result: Answer): void {
  const notice = $('notice');
  notice.replaceChildren();
  notice.hidden = true;
  notice.className = 'notice';
  if (!result.ok || !result.lifecycle) return;
  const { status, eolDate, replacement } = result.lifecycle;
  let text = '';
  if (status === 'eol') text = eolDate ? t('retired', { date: eolDate }) : t('retired-no-date');
  else if (status === 'legacy' && eolDate) text = t('legacy', { date: eolDate });
  if (!text) return;
  if (replacement?.length) text += `${state.lang === 'en' ? ' ' : ''}${t('replacement', { names: replacement.join(', ') })}`;
  notice.textContent = text;
  notice.classList.add(status === 'eol' ? 'notice-retired' : 'notice-legacy');
  notice.hidden = false;
}

function sourceLink(line: { source: Message | string; sourceTitle: string; sourceUrl?: string }): HTMLElement {
  const full = typeof line.source === 'string' ? line.source : say(line.source, state.lang);
  const title = line.sourceTitle || full;
  if (line.sourceUrl && /^https?:\/\//.test(line.sourceUrl)) {
    const a = el('a', 'source', title);
    a.href = line.sourceUrl;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.title = full;
    return a;
  }
  const span = el('span', 'source', title);
  span.title = full;
  return span;
}

function renderResult(): void {
  const result = state.result;
  const lines = $('lines');
  lines.replaceChildren();
  clearErrors();
  $('quote-title').textContent = '';
  $('total').textContent = '';
  $('total').dataset.value = '';
  $('formula').textContent = '';
  $('notice').hidden = true;
  $('compare').hidden = true;
  $('estimate').hidden = true;
  $('total-jpy').textContent = '';
  const kinds = currentModel()?.kinds ?? [];
  if (kinds.length === 0 && state.data) $('general-error').textContent = t('no-kinds');
  ($('insert-formula') as HTMLButtonElement).disabled = !result?.ok;
  ($('insert-value') as HTMLButtonElement).disabled = !result?.ok;
  // The Compare and Estimate views insert a table, not a single number.
  const table = state.kind === 'compare' || state.kind === 'estimate';
  $('insert-formula').textContent = table ? t('insert-table') : t('insert-formula');
  $('insert-value').hidden = table;
  if (!result || kinds.length === 0) {
    totalLine().hidden = true;
    setOptions($<HTMLSelectElement>('region'), [], undefined);
    $('region-hint').textContent = '';
    return;
  }
  // An input the server could not read (e.g. CMUs "abc") leaves it unable to say where the item is priced: keep
  // the regions shown so far rather than emptying the list.
  if (result.ok || result.regions.length) renderRegions(result);
  totalLine().hidden = !result.ok;
  if (!result.ok) {
    showError(result.field, result.message);
    return;
  }
  lifecycleNotice(result);
  $('quote-title').textContent = t('quote-title', { model: result.modelName, kind: t(`kind-${result.kind}`) });
  if (result.kind === 'estimate') {
    renderEstimate(result as EstimateOk);
    return;
  }
  if ('rows' in result) {
    renderComparison(result as ComparisonOk);
    return;
  }
  const noCommit = result.lines.find((l) => l.term === 'none' && l.amount)?.amount;
  for (const line of result.lines) {
    const li = el('li', 'line');
    li.dataset.amount = line.amount;
    const label = result.kind === 'pt-compare' && line.term ? say(termLabel(line.term), state.lang) : say(itemLabel(line.item), state.lang);
    const head = el('div', 'line-head');
    head.append(
      el('span', 'item', label.charAt(0).toUpperCase() + label.slice(1)),
      el('span', 'amount', line.unavailable ? t('unavailable') : usd(line.amount)),
    );
    li.append(head);
    if (line.unavailable) {
      li.append(el('div', 'detail', say(line.unavailable, state.lang)));
      lines.append(li);
      continue;
    }
    li.append(
      el('div', 'detail', typeof line.quantity === 'string' ? quantity(line.quantity, state.lang) : count(say(line.quantity, state.lang))),
    );
    const price = [t('per-unit', { price: usd(line.usd), unit: say(unitLabel(line.unit), state.lang) }), line.region];
    if (line.term && result.kind !== 'pt-compare') price.push(say(termLabel(line.term), state.lang));
    if (line.variant === 'base') price.push(t('base-rate'));
    li.append(el('div', 'detail', price.join(' · ')));
    const src = el('div', 'detail secondary');
    src.append(`${t('as-of', { date: line.asOf })} · ${t('source')}: `, sourceLink(line));
    li.append(src);
    if (line.caveat) li.append(el('div', 'detail caveat', t('caveat', { note: line.caveat })));
    if (line.earlier)
      li.append(
        el(
          'div',
          'detail secondary history',
          t('earlier', {
            readings: line.earlier.map((r) =>
              r.to
                ? msg('sidebar.earlier-reading', { usd: r.usd, from: r.from, to: r.to })
                : msg('sidebar.earlier-reading-open', { usd: r.usd, from: r.from }),
            ),
          }),
        ),
      );
    if (result.kind === 'pt-compare' && noCommit && line.term !== 'none') {
      const pct = percentLess(line.amount, noCommit);
      if (pct) li.append(el('div', 'detail saving', t('saves', { pct })));
    }
    lines.append(li);
  }
  $('total-label').textContent = result.kind === 'pt-compare' ? t('cheapest') : t('total');
  showTotal(result.total, result.totalJpy);
  $('formula').textContent = result.formulas.join('\n');
}

/** The Compare view: the options as a table, a bar chart of their monthly totals and the break-evens in words. */
function renderComparison(c: ComparisonOk): void {
  const lang = state.lang;
  $('compare').hidden = false;

  const rows = $('compare-rows');
  rows.replaceChildren();
  for (const r of c.rows) {
    const cheapest = r.term === c.cheapest;
    const tr = el('tr', cheapest ? 'option cheapest' : 'option');
    tr.dataset.term = r.term;
    tr.dataset.total = r.total ?? '';
    const option = el('th', '', say(r.option, lang));
    option.scope = 'row';
    if (cheapest) option.append(' ', el('span', 'tag', t('cheapest-tag')));
    tr.append(
      option,
      el('td', 'num', quantity(`${r.billedHours} h`, lang)),
      el('td', 'num month', r.total ? usdAmount(r.total) : r.usd ? '—' : t('not-priced')),
    );
    const details: string[] = [];
    if (r.usd) {
      details.push(
        t('per-unit', { price: usd(r.usd), unit: say(unitLabel('per-mu-hour'), lang) }) +
          (r.variant === 'base' ? ` (${t('base-rate')})` : ''),
      );
      details.push(t('hosting-amount', { amount: usd(r.hosting!) }));
      if (r.storage) details.push(t('storage-amount', { amount: usd(r.storage) }));
    }
    if (r.totalJpy) details.push(t('jpy', { amount: count(r.totalJpy) }));
    if (r.note) details.push(say(r.note, lang));
    const detail = el('td', '', details.join(' · '));
    detail.colSpan = 3;
    const detailRow = el('tr', 'details');
    detailRow.append(detail);
    rows.append(tr, detailRow);
  }

  // Bars of the monthly totals (of hosting alone where storage is not priced); an option with no price shows its note.
  const chart = $('compare-chart');
  chart.replaceChildren();
  const amounts = c.rows.map((r) => r.total ?? r.hosting);
  const max = Math.max(0, ...amounts.map(Number));
  c.rows.forEach((r, i) => {
    const li = el('li', r.term === c.cheapest ? 'cheapest' : '');
    li.dataset.term = r.term;
    li.append(el('span', 'bar-label', say(r.option, lang)));
    const amount = amounts[i];
    if (amount) {
      if (!r.total) li.classList.add('partial');
      const track = el('span', 'bar-track');
      const bar = el('span', 'bar');
      bar.dataset.value = amount;
      bar.style.width = `${max > 0 ? Math.max(1, (Number(amount) / max) * 100) : 0}%`;
      track.append(bar);
      li.append(track, el('span', 'bar-value', r.total ? usdAmount(amount) : `${usdAmount(amount)} (${t('hosting-only')})`));
    } else {
      li.append(el('span', 'bar-note', r.note ? say(r.note, lang) : t('not-priced')));
    }
    chart.append(li);
  });

  const breakEven = $('break-even');
  breakEven.replaceChildren(
    ...(c.breakEven.length ? c.breakEven.map((b) => el('li', '', say(b.sentence, lang))) : [el('li', '', t('no-break-even'))]),
  );

  const cheapest = c.rows.find((r) => r.term === c.cheapest);
  totalLine().hidden = !c.total;
  $('total-label').textContent = cheapest ? t('cheapest-is', { option: say(cheapest.option, lang) }) : t('total');
  showTotal(c.total ?? '', c.totalJpy);
  $('formula').textContent = c.formula;
}

const totalLine = (): HTMLElement => $('total').closest<HTMLElement>('.total')!;

/** The total line: USD as the server computed it, and the yen beside it. */
function showTotal(total: string, jpy: string | null | undefined): void {
  $('total').textContent = total ? usdAmount(total) : '';
  $('total').dataset.value = total;
  $('total-jpy').textContent = total && jpy ? t('jpy', { amount: count(jpy) }) : '';
  $('total-jpy').dataset.value = jpy ?? '';
}

/**
 * "Estimate a month": the range as the headline in USD and JPY, then every option as a bar, cheapest first, with
 * the region it is priced in, what is billed and its note; options without a total show their note instead of a bar.
 */
function renderEstimate(e: EstimateOk): void {
  const lang = state.lang;
  $('estimate').hidden = false;
  totalLine().hidden = true;
  const range = $('range');
  const rangeJpy = $('range-jpy');
  range.dataset.low = e.low ?? '';
  range.dataset.high = e.high ?? '';
  if (e.low && e.high) {
    const one = e.low === e.high;
    range.textContent = one
      ? t('range-one', { amount: usdAmount(e.low) })
      : t('range-headline', { low: usdAmount(e.low), high: usdAmount(e.high) });
    rangeJpy.textContent =
      e.lowJpy && e.highJpy
        ? one
          ? t('range-jpy-one', { amount: count(e.lowJpy) })
          : t('range-jpy', { low: count(e.lowJpy), high: count(e.highJpy) })
        : '';
  } else {
    range.textContent = t('range-none');
    rangeJpy.textContent = '';
  }
  const chart = $('estimate-chart');
  chart.replaceChildren();
  const max = Math.max(0, ...e.rows.map((r) => Number(r.total ?? 0)));
  e.rows.forEach((r, i) => {
    const li = el('li', i === 0 && r.total ? 'cheapest' : '');
    li.dataset.option = r.option;
    li.dataset.total = r.total ?? '';
    li.dataset.jpy = r.totalJpy ?? '';
    li.append(el('span', 'bar-label', say(r.label, lang)));
    if (r.total) {
      const track = el('span', 'bar-track');
      const bar = el('span', 'bar');
      bar.dataset.value = r.total;
      bar.style.width = `${max > 0 ? Math.max(1, (Number(r.total) / max) * 100) : 0}%`;
      track.append(bar);
      li.append(track, el('span', 'bar-value', usdAmount(r.total)));
      if (r.totalJpy) li.append(el('span', 'bar-jpy', t('jpy', { amount: count(r.totalJpy) })));
    } else {
      li.append(el('span', 'bar-none', t('no-total')));
    }
    const where = [r.billed ? say(r.billed, lang) : '', r.region ?? ''].filter(Boolean).join(' · ');
    if (where) li.append(el('span', 'bar-detail', where));
    if (r.note) li.append(el('span', 'bar-note', say(r.note, lang)));
    chart.append(li);
  });
  $('formula').textContent = e.formula;
}

// ---------------------------------------------------------------------------------------------------------------
// Talking to the server

function value(id: InputId): string {
  const input = document.getElementById(`f-${id}`) as HTMLInputElement | HTMLSelectElement | null;
  return input ? input.value : '';
}

/** The fields as typed, by input id: the schedule is the chosen preset or the custom text. */
function values(): Partial<Record<InputId, string>> {
  const out: Partial<Record<InputId, string>> = {};
  for (const f of state.kind ? FIELDS_BY_KIND[state.kind] : []) {
    if (f === 'base') out.base = String($<HTMLInputElement>('f-base').checked);
    else if (f === 'schedule') {
      const preset = value('schedulePreset' as InputId);
      out.schedule = preset === 'custom' ? value('schedule') : preset;
    } else out[f] = value(f);
  }
  return out;
}

function request(): QuoteRequest | undefined {
  if (!state.kind) return undefined;
  return requestFor(state.kind, state.model, values(), { region: state.region, jpyPerUsd: state.fx.rate });
}

/**
 * A request as a key, to tell whether an answer is for the fields shown. `region` is the region the answer was
 * priced in: the answer selects it in the region list (when the book chose, or the region asked for does not price
 * the model), after which the same fields ask for it.
 */
function keyOf(req: QuoteRequest | undefined, region?: string): string {
  if (!req) return '';
  const r: Record<string, unknown> = { ...req };
  if (region) r.region = region;
  return JSON.stringify(
    Object.keys(r)
      .sort()
      .map((k) => [k, r[k]]),
  );
}

let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * What the sidebar is waiting for, on <body> for whoever watches it (the browser tests): `data-requested` is the
 * number of the newest request, `data-answered` that of the answer shown, and `data-quote` is "shown" only when the
 * answer shown is for the newest request and no change is waiting to be sent (a debounced refresh, or the exchange
 * rate being saved before one), else "pending".
 */
function markProgress(): void {
  const body = document.body.dataset;
  body.requested = String(state.seq);
  body.answered = String(state.answered);
  body.quote = state.answered === state.seq && !timer && !fxTimer && !savingRate ? 'shown' : 'pending';
}

/** Who waits for the next answer to be shown (Insert, until the answer is for the newest inputs). */
let waiting: (() => void)[] = [];

/** The answer numbered `seq` is shown (or has failed with its message shown). */
function answered(seq: number): void {
  state.answered = seq;
  markProgress();
  const wake = waiting;
  waiting = [];
  for (const w of wake) w();
}

const nextAnswer = () => new Promise<void>((resolve) => waiting.push(resolve));

/**
 * Brings the answer up to the fields as they are now: a change still waiting (the 250 ms debounce, the exchange rate
 * about to be saved) is sent at once, and whatever is on its way is waited for. Resolves with the answer, or with
 * undefined when none is for the fields shown (the server failed): Insert then writes nothing.
 */
async function currentAnswer(): Promise<Answer | undefined> {
  for (;;) {
    if (fxTimer) {
      clearTimeout(fxTimer);
      await saveRate();
    } else if (timer) await refresh();
    else if (savingRate || state.answered !== state.seq) await nextAnswer();
    else break;
  }
  return state.resultFor === keyOf(request()) ? state.result : undefined;
}

async function refresh(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = undefined;
  const req = request();
  const seq = ++state.seq;
  markProgress();
  if (!req) {
    state.result = undefined;
    state.resultFor = keyOf(req);
    renderResult();
    answered(seq);
    return;
  }
  $('busy').textContent = t('calculating');
  try {
    const result: Answer =
      req.kind === 'estimate'
        ? await call('getEstimate', req)
        : req.kind === 'compare'
          ? await call('getComparison', req)
          : await call('getQuote', req);
    // A newer request is on its way: this answer, however late, is for inputs that are no longer there.
    if (seq !== state.seq) return;
    state.result = result;
    state.resultFor = keyOf(req, result.region);
    renderResult();
  } catch (e) {
    if (seq !== state.seq) return;
    // The answer still shown is for earlier inputs: nothing to insert until one for these arrives.
    state.resultFor = undefined;
    $('general-error').textContent = t('failed', { detail: (e as Error).message });
  }
  $('busy').textContent = '';
  answered(seq);
}

function refreshSoon(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void refresh(), 250);
  markProgress();
}

/** An insert is under way: a second click waits for nothing and writes nothing. */
let inserting = false;

async function insert(what: 'formula' | 'value', confirm?: string): Promise<void> {
  if (inserting) return;
  inserting = true;
  const message = $('message');
  message.className = 'message';
  message.textContent = t('inserting');
  const options = { lang: state.lang, ...(confirm ? { confirm } : {}) };
  try {
    // Clicked right after typing: the answer shown may be for the inputs before; insert the one for these.
    const result = await currentAnswer();
    if (!result?.ok) {
      // The fields' own messages say what is wrong (or the server's failure is shown): nothing is written.
      message.textContent = '';
      return;
    }
    const done =
      'formula' in result
        ? await call('insertFormula', result.formula, options)
        : what === 'formula'
          ? await call('insertFormula', result.formulas.length === 1 ? result.formulas[0]! : result.formulas, options)
          : await call('insertValue', result.values.length === 1 ? result.values[0]! : result.values, options);
    if ((done as InsertNeedsConfirmation).needsConfirmation === true) askToReplace(what, done as InsertNeedsConfirmation);
    else message.textContent = t('inserted', { cell: done.cell });
  } catch (e) {
    message.classList.add('error');
    message.textContent = (e as Error).message;
  } finally {
    inserting = false;
  }
}

/** The cells hold something: nothing was written. Say what, and write only when the user presses Replace. */
function askToReplace(what: 'formula' | 'value', ask: InsertNeedsConfirmation): void {
  const message = $('message');
  message.className = 'message';
  message.textContent = ask.message;
  const controls = document.createElement('span');
  controls.className = 'confirm-controls';
  const button = (id: string, label: string, onClick: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.id = id;
    b.textContent = label;
    b.addEventListener('click', onClick);
    controls.append(' ', b);
    return b;
  };
  button('confirm-replace', ask.replace, () => void insert(what, ask.cell)).focus();
  button('confirm-cancel', ask.cancel, () => {
    message.className = 'message';
    message.textContent = '';
  });
  message.append(controls);
}

// ---------------------------------------------------------------------------------------------------------------
// Start

function wire(): void {
  $('lang').addEventListener('click', () => {
    state.lang = state.lang === 'en' ? 'ja' : 'en';
    renderAll();
    $('lang').focus();
  });
  $('provider').addEventListener('change', (e) => {
    state.provider = (e.target as HTMLSelectElement).value;
    renderModels();
    renderKinds();
    renderFields();
    void refresh();
  });
  $('model').addEventListener('change', (e) => {
    state.model = (e.target as HTMLSelectElement).value;
    renderModels();
    renderKinds();
    renderFields();
    void refresh();
  });
  $('retired').addEventListener('change', (e) => {
    state.showRetired = (e.target as HTMLInputElement).checked;
    renderProviders();
    renderModels();
    renderKinds();
    renderFields();
    void refresh();
  });
  $('kind').addEventListener('change', (e) => {
    state.kind = (e.target as HTMLSelectElement).value as Kind;
    renderFields();
    void refresh();
  });
  $('region').addEventListener('change', (e) => {
    state.region = (e.target as HTMLSelectElement).value;
    void refresh();
  });
  $('f-term').addEventListener('change', () => void refresh());
  $('f-schedulePreset').addEventListener('change', () => {
    $('schedule-custom').hidden = $<HTMLSelectElement>('f-schedulePreset').value !== 'custom';
    void refresh();
  });
  $('f-fx').addEventListener('input', () => {
    if (fxTimer) clearTimeout(fxTimer);
    fxTimer = setTimeout(() => void saveRate(), 400);
    markProgress();
  });
  for (const id of SLIDERS) {
    const text = $<HTMLInputElement>(`f-${id}`);
    const slider = $<HTMLInputElement>(`r-${id}`);
    slider.addEventListener('input', () => {
      text.value = slider.value;
      text.removeAttribute('aria-invalid');
    });
    text.addEventListener('input', () => syncSlider(id));
  }
  for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('[data-field] input')))
    input.addEventListener('input', refreshSoon);
  $('form').addEventListener('submit', (e) => {
    e.preventDefault();
    void refresh();
  });
  $('insert-formula').addEventListener('click', () => void insert('formula'));
  $('insert-value').addEventListener('click', () => void insert('value'));
}

let fxTimer: ReturnType<typeof setTimeout> | undefined;
/** The typed exchange rate is being checked and saved: the answer shown is not yet for it. */
let savingRate = false;

/** Sends the typed rate to be checked and remembered for the user, then re-prices with it. */
async function saveRate(): Promise<void> {
  fxTimer = undefined;
  savingRate = true;
  const typed = $<HTMLInputElement>('f-fx').value;
  $('h-fx').textContent = t('fx-saving');
  try {
    const r = await call('setExchangeRate', typed);
    if (r.ok) {
      state.fx = { rate: r.rate, saved: r.saved, default: r.default };
      state.fxError = undefined;
    } else state.fxError = r.message;
  } catch (e) {
    state.fxError = undefined;
    $('general-error').textContent = t('failed', { detail: (e as Error).message });
  }
  savingRate = false;
  renderFx();
  await refresh();
}

/** Moves a slider to the typed value when it is a number the slider can show. */
function syncSlider(id: (typeof SLIDERS)[number]): void {
  const typed = $<HTMLInputElement>(`f-${id}`).value.trim();
  const slider = $<HTMLInputElement>(`r-${id}`);
  const n = Number(typed);
  if (typed !== '' && n >= Number(slider.min) && n <= Number(slider.max)) slider.value = typed;
}

/** Fills the fields with the values the server's first answer was worked out for. */
function fillDefaults(d: SidebarData['defaults']): void {
  for (const [id, v] of Object.entries(d.fields)) {
    const input = document.getElementById(`f-${id}`) as HTMLInputElement | null;
    if (input && !input.value && v !== undefined) input.value = v;
  }
  for (const id of SLIDERS) syncSlider(id);
}

export async function start(): Promise<void> {
  const busy = document.getElementById('busy');
  try {
    // One round trip: the model list comes with the answer for the default choices.
    const data = await call('getSidebarModel');
    state = {
      data,
      lang: data.lang,
      provider: data.defaults.provider,
      model: data.defaults.model,
      kind: data.defaults.kind,
      region: undefined,
      showRetired: false,
      result: undefined,
      fx: data.fx,
      fxError: undefined,
      seq: 0,
      answered: 0,
      resultFor: undefined,
    };
    fillDefaults(data.defaults);
    wire();
    renderAll();
    if (JSON.stringify(request()) === JSON.stringify(data.defaults.request)) {
      state.result = data.first;
      state.resultFor = keyOf(data.defaults.request, data.first.region);
      renderResult();
      answered(++state.seq);
    } else await refresh();
  } catch (e) {
    // The catalogue is in the page, so this is worded even before the server has said which language to use.
    const lang = /^ja/i.test(navigator.language) ? 'ja' : 'en';
    if (busy) busy.textContent = tr(lang, 'could-not-load', { detail: (e as Error).message });
  }
}

void start();

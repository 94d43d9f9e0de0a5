/**
 * The model picker sidebar. It draws choices, sends what the user typed to the server (getQuote) and draws the
 * answer; it never computes a price. Every text that comes from the price book is put in with textContent or
 * new Option(), never as HTML.
 */
import { itemLabel, termLabel, unitLabel } from '../core/vocabulary';
import { word } from '../messages/catalogue';
import type { Term } from '../core/price-book';
import {
  CMI_PROVIDER,
  type ComparisonOk,
  type ComparisonResult,
  type Field,
  type InsertNeedsConfirmation,
  type Kind,
  type Lang,
  type QuoteRequest,
  type QuoteResult,
  type SidebarData,
  type SidebarModel,
} from '../ui/sidebar-types';
import { percentLess, quantity, usd } from './format';
import { KIND_LABELS, STRINGS, type Strings } from './i18n';
import { call } from './rpc';

/** The inputs of the form; rftHours is sent as `hours`, and the base checkbox as a "base:" model. */
type InputId = Field | 'rftHours' | 'base';

const FIELDS_BY_KIND: Record<Kind, InputId[]> = {
  training: ['tokens', 'epochs'],
  storage: ['months'],
  pt: ['units', 'term', 'hours'],
  'pt-compare': ['units', 'hours'],
  compare: ['base', 'units', 'hoursPerDay', 'days'],
  ondemand: ['inputTokens', 'outputTokens'],
  rft: ['rftHours'],
  cmi: ['cmus', 'copies', 'minutes'],
  'cmi-month': ['cmus', 'copies', 'hoursPerDay', 'days'],
  'cmi-storage': ['cmus', 'months'],
};

/** The fields with a slider beside them; the typed text is what is sent. */
const SLIDERS = ['hoursPerDay', 'days'] as const;

/** What the server answered: a quote (getQuote) or the Compare view (getComparison). */
type Answer = QuoteResult | ComparisonResult;

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
  seq: number;
}

let state: State;

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`sidebar: #${id} is missing`);
  return el as T;
};
const t = (): Strings => STRINGS[state.lang] as Strings;

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
  const s = t();
  if (m.provider === CMI_PROVIDER) {
    if (m.id === 'cmus') return s.cmiCount;
    return m.cmus === undefined ? s.cmiArch(m.name) : s.cmiPreset(m.name, m.cmus);
  }
  const tag = m.status === 'legacy' ? s.badgeLegacy : m.status === 'eol' ? s.badgeRetired : m.status === 'preview' ? s.badgePreview : '';
  if (!tag) return m.name;
  return state.lang === 'ja' ? `${m.name}（${tag}）` : `${m.name} (${tag})`;
}

function renderProviders(): void {
  const models = visibleModels();
  const providers = state.data.providers.filter((p) => models.some((m) => m.provider === p));
  if (!providers.includes(state.provider)) state.provider = providers[0] ?? '';
  setOptions(
    $<HTMLSelectElement>('provider'),
    providers.map((p) => new Option(p === CMI_PROVIDER ? t().cmiProvider : p, p)),
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
    const s = t();
    badge.classList.add(`status-${m.status}`);
    badge.title = m.statusText[state.lang];
    badge.append(el('span', 'badge', m.status === 'legacy' ? s.badgeLegacy : m.status === 'eol' ? s.badgeRetired : s.badgePreview));
    const when = m.status === 'legacy' && m.eolDate ? s.legacyUntil(m.eolDate) : m.status === 'eol' && m.eolDate ? s.retiredSince(m.eolDate) : '';
    if (when) badge.append(' ', el('span', '', when));
  }
}

function renderKinds(): void {
  const kinds = currentModel()?.kinds ?? [];
  if (!state.kind || !kinds.includes(state.kind)) state.kind = kinds[0];
  const select = $<HTMLSelectElement>('kind');
  setOptions(
    select,
    kinds.map((k) => new Option(KIND_LABELS[k][state.lang], k)),
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
  const s = t();
  $('label-tokens').textContent = m?.trainingUnit === 'images' ? s.images : s.tokens;
  // Hours a day and days mean a month of Provisioned Throughput, or the active time of an imported model.
  const cmi = state.kind === 'cmi-month';
  const hoursLabel = cmi ? s.activeHoursPerDay : s.hoursPerDay;
  $('label-hoursPerDay').textContent = hoursLabel;
  $('label-r-hoursPerDay').textContent = s.slider(hoursLabel);
  $('label-r-days').textContent = s.slider(s.days);
  $('h-hoursPerDay').textContent = cmi ? s.activeHoursHint : s.hoursPerDayHint;
  $('h-days').textContent = cmi ? s.activeDaysHint : s.daysHint;
  setOptions(
    $<HTMLSelectElement>('f-term'),
    TERMS.map((term) => new Option(word(termLabel(term), state.lang), term)),
    $<HTMLSelectElement>('f-term').value || state.data.defaults.term,
  );
}

function renderStaticText(): void {
  const s = t();
  document.documentElement.lang = state.lang;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    const value = s[node.dataset.i18n as keyof Strings];
    if (typeof value === 'string') node.textContent = value;
  }
  const lang = $<HTMLButtonElement>('lang');
  lang.textContent = s.switchTo;
  lang.lang = state.lang === 'en' ? 'ja' : 'en';
  lang.setAttribute('aria-label', s.switchLabel);
  $('asof').textContent = s.asOfFooter(state.data.asOf);
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
  const s = t();
  const names = new Map(state.data.regions.map((r) => [r.code, state.lang === 'ja' ? r.nameJa : r.name]));
  const label = (code: string) => `${code} · ${names.get(code) ?? code}`;
  const priced = result.regions.filter((r) => r.priced);
  const unpriced = result.regions.filter((r) => !r.priced);
  const groups: HTMLOptGroupElement[] = [];
  if (priced.length) {
    const g = el('optgroup');
    g.label = s.pricedGroup;
    g.append(...priced.map((r) => new Option(label(r.code), r.code)));
    groups.push(g);
  }
  if (unpriced.length) {
    const g = el('optgroup');
    g.label = s.unpricedGroup;
    for (const r of unpriced) {
      const why = r.gap === 'not-sold' ? s.notSold : r.gap === 'not-published' ? s.notPublished : s.noPrice;
      const o = new Option(`${label(r.code)} — ${why}`, r.code);
      o.disabled = true;
      if (r.note) o.title = r.note;
      g.append(o);
    }
    groups.push(g);
  }
  if (result.region) state.region = result.region;
  setOptions($<HTMLSelectElement>('region'), groups, state.region);
  const hint = $('region-hint');
  hint.replaceChildren();
  if (result.regions.length) hint.append(el('span', '', s.pricedIn(priced.length, result.regions.length)));
  const note = unpriced.find((r) => r.note)?.note;
  if (note) {
    const why = el('details', 'why');
    why.append(el('summary', '', s.whyNot), el('div', '', note));
    hint.append(why);
  }
}

function clearErrors(): void {
  for (const input of Array.from(document.querySelectorAll<HTMLElement>('[data-field] input, [data-field] select'))) input.removeAttribute('aria-invalid');
  for (const e of Array.from(document.querySelectorAll<HTMLElement>('.field-error'))) e.textContent = '';
  $('general-error').textContent = '';
}

function showError(field: Field | undefined, message: string): void {
  const id = field === 'hours' && state.kind === 'rft' ? 'rftHours' : field;
  const block = id ? document.querySelector<HTMLElement>(`[data-field="${id}"]`) : null;
  if (block && !block.hidden) {
    block.querySelector('input, select')!.setAttribute('aria-invalid', 'true');
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
  const s = t();
  let text = '';
  if (status === 'eol') text = eolDate ? s.retired(eolDate) : s.retiredNoDate;
  else if (status === 'legacy' && eolDate) text = s.legacy(eolDate);
  if (!text) return;
  if (replacement?.length) text += ` ${s.replacement(replacement.join(', '))}`;
  notice.textContent = text;
  notice.classList.add(status === 'eol' ? 'notice-retired' : 'notice-legacy');
  notice.hidden = false;
}

function sourceLink(line: { source: string; sourceUrl?: string }): HTMLElement {
  const title = line.source.split(' — ')[0] ?? line.source;
  if (line.sourceUrl && /^https?:\/\//.test(line.sourceUrl)) {
    const a = el('a', 'source', title);
    a.href = line.sourceUrl;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.title = line.source;
    return a;
  }
  const span = el('span', 'source', title);
  span.title = line.source;
  return span;
}

function renderResult(): void {
  const result = state.result;
  const s = t();
  const lines = $('lines');
  lines.replaceChildren();
  clearErrors();
  $('quote-title').textContent = '';
  $('total').textContent = '';
  $('total').dataset.value = '';
  $('formula').textContent = '';
  $('notice').hidden = true;
  $('compare').hidden = true;
  const kinds = currentModel()?.kinds ?? [];
  if (kinds.length === 0 && state.data) $('general-error').textContent = s.noKinds;
  ($('insert-formula') as HTMLButtonElement).disabled = !result?.ok;
  ($('insert-value') as HTMLButtonElement).disabled = !result?.ok;
  // The Compare view inserts a table, not a single number.
  $('insert-formula').textContent = state.kind === 'compare' ? s.insertTable : s.insertFormula;
  $('insert-value').hidden = state.kind === 'compare';
  if (!result || kinds.length === 0) {
    $('total').parentElement!.hidden = true;
    setOptions($<HTMLSelectElement>('region'), [], undefined);
    $('region-hint').textContent = '';
    return;
  }
  // An input the server could not read (e.g. CMUs "abc") leaves it unable to say where the item is priced: keep
  // the regions shown so far rather than emptying the list.
  if (result.ok || result.regions.length) renderRegions(result);
  $('total').parentElement!.hidden = !result.ok;
  if (!result.ok) {
    showError(result.field, result.message);
    return;
  }
  lifecycleNotice(result);
  $('quote-title').textContent = `${result.modelName} — ${KIND_LABELS[result.kind][state.lang]}`;
  if ('rows' in result) return renderComparison(result);
  const noCommit = result.lines.find((l) => l.term === 'none' && l.amount)?.amount;
  for (const line of result.lines) {
    const li = el('li', 'line');
    li.dataset.amount = line.amount;
    const label = result.kind === 'pt-compare' && line.term ? word(termLabel(line.term), state.lang) : word(itemLabel(line.item), state.lang);
    const head = el('div', 'line-head');
    head.append(el('span', 'item', label.charAt(0).toUpperCase() + label.slice(1)), el('span', 'amount', line.unavailable ? s.unavailable : usd(line.amount)));
    li.append(head);
    if (line.unavailable) {
      li.append(el('div', 'detail', line.unavailable));
      lines.append(li);
      continue;
    }
    li.append(el('div', 'detail', quantity(line.quantity, state.lang)));
    const price = [s.perUnit(usd(line.usd), word(unitLabel(line.unit), state.lang)), line.region];
    if (line.term && result.kind !== 'pt-compare') price.push(word(termLabel(line.term), state.lang));
    if (line.variant === 'base') price.push(s.baseRate);
    li.append(el('div', 'detail', price.join(' · ')));
    const src = el('div', 'detail secondary');
    src.append(`${s.asOf(line.asOf)} · ${s.source}: `, sourceLink(line));
    li.append(src);
    if (result.kind === 'pt-compare' && noCommit && line.term !== 'none') {
      const pct = percentLess(line.amount, noCommit);
      if (pct) li.append(el('div', 'detail saving', s.saves(pct)));
    }
    lines.append(li);
  }
  $('total-label').textContent = result.kind === 'pt-compare' ? s.cheapest : s.total;
  $('total').textContent = usd(result.total);
  $('total').dataset.value = result.total;
  $('formula').textContent = result.formulas.join('\n');
}

/** The Compare view: the options as a table, a bar chart of their monthly totals and the break-evens in words. */
function renderComparison(c: ComparisonOk): void {
  const s = t();
  const lang = state.lang;
  $('compare').hidden = false;

  const rows = $('compare-rows');
  rows.replaceChildren();
  for (const r of c.rows) {
    const cheapest = r.term === c.cheapest;
    const tr = el('tr', cheapest ? 'option cheapest' : 'option');
    tr.dataset.term = r.term;
    tr.dataset.total = r.total ?? '';
    const option = el('th', '', r.option[lang]);
    option.scope = 'row';
    if (cheapest) option.append(' ', el('span', 'tag', s.cheapestTag));
    tr.append(option, el('td', 'num', quantity(`${r.billedHours} h`, lang)), el('td', 'num month', r.total ? usd(r.total) : r.usd ? '—' : s.notPriced));
    const details: string[] = [];
    if (r.usd) {
      details.push(s.perUnit(usd(r.usd), word(unitLabel('per-mu-hour'), lang)) + (r.variant === 'base' ? ` (${s.baseRate})` : ''));
      details.push(s.hostingAmount(usd(r.hosting!)));
      if (r.storage) details.push(s.storageAmount(usd(r.storage)));
    }
    if (r.note[lang]) details.push(r.note[lang]);
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
    li.append(el('span', 'bar-label', r.option[lang]));
    const amount = amounts[i];
    if (amount) {
      if (!r.total) li.classList.add('partial');
      const track = el('span', 'bar-track');
      const bar = el('span', 'bar');
      bar.dataset.value = amount;
      bar.style.width = `${max > 0 ? Math.max(1, (Number(amount) / max) * 100) : 0}%`;
      track.append(bar);
      li.append(track, el('span', 'bar-value', r.total ? usd(amount) : `${usd(amount)} (${s.hostingOnly})`));
    } else {
      li.append(el('span', 'bar-note', r.note[lang]));
    }
    chart.append(li);
  });

  const breakEven = $('break-even');
  breakEven.replaceChildren(...(c.breakEven.length ? c.breakEven.map((b) => el('li', '', b.sentence[lang])) : [el('li', '', s.noBreakEven)]));

  const cheapest = c.rows.find((r) => r.term === c.cheapest);
  $('total').parentElement!.hidden = !c.total;
  $('total-label').textContent = cheapest ? s.cheapestIs(cheapest.option[lang]) : s.total;
  $('total').textContent = c.total ? usd(c.total) : '';
  $('total').dataset.value = c.total ?? '';
  $('formula').textContent = c.formula;
}

// ---------------------------------------------------------------------------------------------------------------
// Talking to the server

function value(id: InputId): string {
  const input = document.getElementById(`f-${id}`) as HTMLInputElement | HTMLSelectElement | null;
  return input ? input.value : '';
}

function request(): QuoteRequest | undefined {
  if (!state.kind) return undefined;
  const fields = FIELDS_BY_KIND[state.kind];
  const req: QuoteRequest = { kind: state.kind, model: state.model };
  if (state.region) req.region = state.region;
  for (const f of fields) {
    if (f === 'rftHours') req.hours = value('rftHours');
    else if (f === 'term') req.term = value('term');
    else if (f === 'base') {
      if ($<HTMLInputElement>('f-base').checked) req.model = `base:${state.model}`;
    } else req[f] = value(f);
  }
  return req;
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** `data-quote` on <body> is "pending" while an answer for the current inputs is awaited, then "shown". */
function quoteState(value: 'pending' | 'shown'): void {
  document.body.dataset.quote = value;
}

async function refresh(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = undefined;
  const req = request();
  const seq = ++state.seq;
  quoteState('pending');
  if (!req) {
    state.result = undefined;
    renderResult();
    document.body.dataset.answered = String(seq);
    quoteState('shown');
    return;
  }
  $('busy').textContent = t().calculating;
  try {
    const result = req.kind === 'compare' ? await call('getComparison', req) : await call('getQuote', req);
    if (seq !== state.seq) return; // a newer request is on its way
    state.result = result;
    renderResult();
  } catch (e) {
    if (seq !== state.seq) return;
    $('general-error').textContent = t().failed((e as Error).message);
  }
  $('busy').textContent = '';
  document.body.dataset.answered = String(seq);
  quoteState('shown');
}

function refreshSoon(): void {
  if (timer) clearTimeout(timer);
  quoteState('pending');
  timer = setTimeout(() => void refresh(), 250);
}

async function insert(what: 'formula' | 'value', confirm?: string): Promise<void> {
  const result = state.result;
  if (!result?.ok) return;
  const message = $('message');
  message.className = 'message';
  message.textContent = t().inserting;
  const options = { lang: state.lang, ...(confirm ? { confirm } : {}) };
  try {
    const done =
      'rows' in result
        ? await call('insertFormula', result.formula, options)
        : what === 'formula'
          ? await call('insertFormula', result.formulas.length === 1 ? result.formulas[0]! : result.formulas, options)
          : await call('insertValue', result.values.length === 1 ? result.values[0]! : result.values, options);
    if ((done as InsertNeedsConfirmation).needsConfirmation === true) askToReplace(what, done as InsertNeedsConfirmation);
    else message.textContent = t().inserted(done.cell);
  } catch (e) {
    message.classList.add('error');
    message.textContent = (e as Error).message;
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
  for (const id of SLIDERS) {
    const text = $<HTMLInputElement>(`f-${id}`);
    const slider = $<HTMLInputElement>(`r-${id}`);
    slider.addEventListener('input', () => {
      text.value = slider.value;
      text.removeAttribute('aria-invalid');
    });
    text.addEventListener('input', () => syncSlider(id));
  }
  for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('[data-field] input'))) input.addEventListener('input', refreshSoon);
  $('form').addEventListener('submit', (e) => {
    e.preventDefault();
    void refresh();
  });
  $('insert-formula').addEventListener('click', () => void insert('formula'));
  $('insert-value').addEventListener('click', () => void insert('value'));
}

/** Moves a slider to the typed value when it is a number the slider can show. */
function syncSlider(id: (typeof SLIDERS)[number]): void {
  const typed = $<HTMLInputElement>(`f-${id}`).value.trim();
  const slider = $<HTMLInputElement>(`r-${id}`);
  const n = Number(typed);
  if (typed !== '' && n >= Number(slider.min) && n <= Number(slider.max)) slider.value = typed;
}

function fillDefaults(d: SidebarData['defaults']): void {
  const defaults: Partial<Record<InputId, string>> = {
    tokens: '10000000',
    epochs: String(d.epochs),
    months: String(d.months),
    units: String(d.modelUnits),
    hours: String(d.hours),
    rftHours: '10',
    inputTokens: '1000000',
    outputTokens: '1000000',
    cmus: '2',
    copies: String(d.copies),
    minutes: '480',
    hoursPerDay: String(d.hoursPerDay),
    days: String(d.days),
  };
  for (const [id, v] of Object.entries(defaults)) {
    const input = document.getElementById(`f-${id}`) as HTMLInputElement | null;
    if (input && !input.value) input.value = v!;
  }
  for (const id of SLIDERS) syncSlider(id);
}

export async function start(): Promise<void> {
  const busy = document.getElementById('busy');
  try {
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
      seq: 0,
    };
    fillDefaults(data.defaults);
    wire();
    renderAll();
    await refresh();
  } catch (e) {
    if (busy) busy.textContent = `Could not load: ${(e as Error).message}`;
  }
}

void start();

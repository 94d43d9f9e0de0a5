/**
 * Small hand-written fakes of the Apps Script services the menu and the sidebar use — SpreadsheetApp (one
 * spreadsheet of sheets of cells, a current cell, the Ui), HtmlService, Session and the user's properties of
 * PropertiesService — and nothing more. A call the add-on makes that is not here fails loudly, which is the point:
 * the fakes list what the add-on depends on.
 *
 * The unit tests use them directly; the local preview uses them as the spreadsheet behind its grid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Content = string | number;

export interface FakeCell {
  /** What was typed or written: a number, text, or a formula starting with "=". */
  content: Content;
  format?: string;
  note?: string;
  bold?: boolean;
  background?: string;
  choices?: string[];
  /** A data-validation rule other than a list: the formula it must satisfy. */
  rule?: string;
  /** False when invalid input is rejected; true (Sheets' default) when it is only warned about. */
  allowInvalid?: boolean;
  helpText?: string;
}

export function a1ToIndex(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(a1.trim());
  if (!m) throw new Error(`fake: not an A1 cell: "${a1}"`);
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows = 1,
    readonly cols = 1,
  ) {}

  getSheet(): FakeSheet {
    return this.sheet;
  }
  getRow(): number {
    return this.row + 1;
  }
  getColumn(): number {
    return this.col + 1;
  }
  getA1Notation(): string {
    const start = `${columnLetter(this.col)}${this.row + 1}`;
    return this.rows === 1 && this.cols === 1 ? start : `${start}:${columnLetter(this.col + this.cols - 1)}${this.row + this.rows}`;
  }
  offset(rowOffset: number, colOffset: number, rows = this.rows, cols = this.cols): FakeRange {
    return new FakeRange(this.sheet, this.row + rowOffset, this.col + colOffset, rows, cols);
  }

  private each(fn: (cell: FakeCell, r: number, c: number) => void): this {
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) fn(this.sheet.cellAt(this.row + r, this.col + c, true)!, r, c);
    this.sheet.spreadsheet.changed();
    return this;
  }
  private grid<T>(values: T[][], what: string): T[][] {
    if (values.length !== this.rows || values.some((row) => row.length !== this.cols))
      throw new Error(`fake: ${what} of ${values.length}×${values[0]?.length ?? 0} for a ${this.rows}×${this.cols} range`);
    return values;
  }

  setValue(v: Content): this {
    return this.each((cell) => (cell.content = v));
  }
  setValues(values: Content[][]): this {
    const g = this.grid(values, 'setValues');
    return this.each((cell, r, c) => (cell.content = g[r]![c]!));
  }
  setFormula(f: string): this {
    if (!f.startsWith('=')) throw new Error(`fake: setFormula("${f}") without "="`);
    return this.setValue(f);
  }
  setFormulas(formulas: string[][]): this {
    const g = this.grid(formulas, 'setFormulas');
    return this.each((cell, r, c) => (cell.content = g[r]![c]!));
  }
  getValue(): Content {
    return this.sheet.cellAt(this.row, this.col)?.content ?? '';
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.cols;
  }
  private read<T>(fn: (content: Content) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.cols }, (_, c) => fn(this.sheet.cellAt(this.row + r, this.col + c)?.content ?? '')),
    );
  }
  /** As in Sheets: "" for a cell without a formula. */
  getFormulas(): string[][] {
    return this.read((v) => (typeof v === 'string' && v.startsWith('=') ? v : ''));
  }
  /** The fake computes nothing: a formula cell reads as its formula text (non-empty, which is what callers ask). */
  getValues(): Content[][] {
    return this.read((v) => v);
  }
  setNumberFormat(format: string): this {
    return this.each((cell) => (cell.format = format));
  }
  setNote(note: string): this {
    return this.each((cell) => (cell.note = note));
  }
  setFontWeight(weight: string): this {
    return this.each((cell) => (cell.bold = weight === 'bold'));
  }
  setBackground(color: string): this {
    return this.each((cell) => (cell.background = color));
  }
  setDataValidation(rule: { choices?: string[]; formula?: string; allowInvalid: boolean; helpText?: string }): this {
    return this.each((cell) => {
      if (rule.choices) cell.choices = rule.choices;
      if (rule.formula) cell.rule = rule.formula;
      cell.allowInvalid = rule.allowInvalid;
      if (rule.helpText !== undefined) cell.helpText = rule.helpText;
    });
  }
  activate(): this {
    this.sheet.spreadsheet.setActive(this.sheet, this.row, this.col);
    return this;
  }
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly widths: Record<number, number> = {};

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    private name: string,
  ) {}

  getName(): string {
    return this.name;
  }
  cellAt(row: number, col: number, create = false): FakeCell | undefined {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell && create) this.cells.set(key, (cell = { content: '' }));
    return cell;
  }
  getRange(a1OrRow: string | number, col?: number, rows = 1, cols = 1): FakeRange {
    if (typeof a1OrRow === 'number') return new FakeRange(this, a1OrRow - 1, col! - 1, rows, cols);
    const [from, to] = a1OrRow.split(':');
    const a = a1ToIndex(from!);
    const b = to ? a1ToIndex(to) : a;
    return new FakeRange(this, a.row, a.col, b.row - a.row + 1, b.col - a.col + 1);
  }
  setColumnWidth(column: number, width: number): this {
    this.widths[column - 1] = width;
    return this;
  }
  /** Rows × columns of contents, from A1 to the last written cell. */
  contents(): Content[][] {
    let rows = 0;
    let cols = 0;
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => this.cellAt(r, c)?.content ?? ''));
  }
}

export interface FakeHtmlOutput {
  content: string;
  title: string;
  width?: number;
  height?: number;
  setTitle(t: string): FakeHtmlOutput;
  setWidth(w: number): FakeHtmlOutput;
  setHeight(h: number): FakeHtmlOutput;
  getContent(): string;
  getTitle(): string;
}

function htmlOutput(content: string): FakeHtmlOutput {
  const out: FakeHtmlOutput = {
    content,
    title: '',
    setTitle: (t) => {
      out.title = t;
      return out;
    },
    setWidth: (w) => {
      out.width = w;
      return out;
    },
    setHeight: (h) => {
      out.height = h;
      return out;
    },
    getContent: () => out.content,
    getTitle: () => out.title,
  };
  return out;
}

/** What the add-on showed the user through the Ui. */
export interface UiLog {
  menus: { items: [string, string][] }[];
  sidebars: FakeHtmlOutput[];
  dialogs: { title: string; output: FakeHtmlOutput }[];
  toasts: string[];
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly ui: UiLog = { menus: [], sidebars: [], dialogs: [], toasts: [] };
  active: { sheet: FakeSheet; row: number; col: number } | undefined;
  /** Bumped on every write, so a viewer knows to recompute. */
  version = 0;
  /** File ▸ Settings ▸ Locale: the language cell functions word their text in. */
  locale = 'en_US';
  private listeners: (() => void)[] = [];

  constructor(sheetNames: string[] = ['Sheet1']) {
    for (const n of sheetNames) this.sheets.push(new FakeSheet(this, n));
    this.active = { sheet: this.sheets[0]!, row: 0, col: 0 };
  }

  changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }
  setActive(sheet: FakeSheet, row: number, col: number): void {
    this.active = { sheet, row, col };
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }
  getActiveSheet(): FakeSheet {
    return this.active?.sheet ?? this.sheets[0]!;
  }
  insertSheet(name: string): FakeSheet {
    if (this.getSheetByName(name)) throw new Error(`fake: A sheet with the name "${name}" already exists.`);
    const sheet = new FakeSheet(this, name);
    this.sheets.push(sheet);
    this.setActive(sheet, 0, 0);
    this.changed();
    return sheet;
  }
  toast(message: string): void {
    this.ui.toasts.push(message);
  }
}

/** The Apps Script globals, backed by one fake spreadsheet. `dist` is where createHtmlOutputFromFile reads from. */
export function gasFakes(spreadsheet = new FakeSpreadsheet(), options: { locale?: string; dist?: string } = {}) {
  let locale = options.locale ?? 'en';
  // One language for the whole preview: the spreadsheet's locale follows the user's.
  spreadsheet.locale = locale;
  const ui = {
    createAddonMenu() {
      const items: [string, string][] = [];
      const menu = {
        addItem: (caption: string, fn: string) => {
          items.push([caption, fn]);
          return menu;
        },
        addSeparator: () => menu,
        addToUi: () => void spreadsheet.ui.menus.push({ items }),
      };
      return menu;
    },
    showSidebar: (output: FakeHtmlOutput) => void spreadsheet.ui.sidebars.push(output),
    showModalDialog: (output: FakeHtmlOutput, title: string) => void spreadsheet.ui.dialogs.push({ title, output }),
  };
  const SpreadsheetApp = {
    getActiveSpreadsheet: () => spreadsheet,
    getActiveSheet: () => spreadsheet.getActiveSheet(),
    getUi: () => ui,
    getCurrentCell: () =>
      spreadsheet.active ? new FakeRange(spreadsheet.active.sheet, spreadsheet.active.row, spreadsheet.active.col) : null,
    newDataValidation() {
      let choices: string[] | undefined;
      let formula: string | undefined;
      let allowInvalid = true; // Sheets' default for a new rule: warn, do not reject
      let helpText: string | undefined;
      const builder = {
        requireValueInList: (values: string[]) => {
          choices = [...values];
          return builder;
        },
        requireFormulaSatisfied: (f: string) => {
          formula = f;
          return builder;
        },
        setAllowInvalid: (allow: boolean) => {
          allowInvalid = allow;
          return builder;
        },
        setHelpText: (text: string) => {
          helpText = text;
          return builder;
        },
        build: () => ({
          ...(choices ? { choices } : {}),
          ...(formula ? { formula } : {}),
          allowInvalid,
          ...(helpText !== undefined ? { helpText } : {}),
        }),
      };
      return builder;
    },
  };
  const HtmlService = {
    createHtmlOutput: (html: string) => htmlOutput(html),
    createHtmlOutputFromFile: (name: string) => {
      if (!options.dist) throw new Error('fake: no dist folder given for createHtmlOutputFromFile');
      return htmlOutput(readFileSync(join(options.dist, `${name}.html`), 'utf8'));
    },
  };
  const Session = { getActiveUserLocale: () => locale };
  // One user's properties (the sidebar remembers the exchange rate there), kept for the life of the fakes.
  const userProperties = new Map<string, string>();
  const PropertiesService = {
    getUserProperties: () => ({
      getProperty: (key: string) => userProperties.get(key) ?? null,
      setProperty(key: string, value: string) {
        if (typeof value !== 'string') throw new Error('fake: a property value must be a string');
        userProperties.set(key, value);
        return this;
      },
      deleteProperty(key: string) {
        userProperties.delete(key);
        return this;
      },
    }),
  };
  return {
    spreadsheet,
    userProperties,
    globals: { SpreadsheetApp, HtmlService, Session, PropertiesService },
    setLocale: (l: string) => void (locale = spreadsheet.locale = l),
  };
}

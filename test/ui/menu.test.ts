/** The add-on menu and its three items, against small fakes of SpreadsheetApp, HtmlService and Session. */
import { aboutPrices, aboutPricesHtml, escapeHtml, insertBudgetTemplate, onInstall, onOpen, priceSources, showSidebar } from '../../src/ui/menu';
import { budgetTemplate } from '../../src/ui/budget-template';
import { book } from '../../src/core';
import { loadBundle } from '../support/bundle';
import { installGasFakes } from '../support/gas-globals';

describe('menu', () => {
  test('in AuthMode.NONE it only adds items, in English, without asking Session', () => {
    const fakes = installGasFakes({ locale: 'ja' });
    (globalThis as Record<string, unknown>).Session = {
      getActiveUserLocale: () => {
        throw new Error('Session is not available in AuthMode.NONE');
      },
    };
    onOpen({ authMode: 'NONE' });
    expect(fakes.spreadsheet.ui.menus).toEqual([
      {
        items: [
          ['Open model picker', 'showSidebar'],
          ['Insert budget template', 'insertBudgetTemplate'],
          ['About prices', 'aboutPrices'],
        ],
      },
    ]);
  });

  test("otherwise in the user's language; onInstall builds the same menu", () => {
    const fakes = installGasFakes({ locale: 'ja' });
    onInstall({ authMode: 'FULL' });
    expect(fakes.spreadsheet.ui.menus[0]!.items.map(([caption]) => caption)).toEqual(['モデルピッカーを開く', '予算テンプレートを挿入', '料金について']);
  });

  test('every menu item calls a top-level function of the built add-on', () => {
    const fakes = installGasFakes();
    onOpen();
    const gas = loadBundle();
    for (const [, fn] of fakes.spreadsheet.ui.menus[0]!.items) expect(typeof gas[fn]).toBe('function');
  });
});

describe('Open model picker', () => {
  test('shows the built sidebar with a title', () => {
    const fakes = installGasFakes();
    showSidebar();
    const [sidebar] = fakes.spreadsheet.ui.sidebars;
    expect(sidebar!.getTitle()).toBe('Bedrock prices');
    expect(sidebar!.getContent()).toMatch(/^<!DOCTYPE html>/i);
    expect(sidebar!.getContent()).toContain('https://ssl.gstatic.com/docs/script/css/add-ons1.css');
  });
});

describe('Insert budget template', () => {
  test('adds a new sheet with the template, its formats, notes, drop-downs and widths', () => {
    const fakes = installGasFakes();
    const name = insertBudgetTemplate();
    expect(name).toBe('Bedrock budget');
    const sheet = fakes.spreadsheet.getSheetByName(name)!;
    const t = budgetTemplate('en');
    expect(sheet.contents()).toEqual(t.values);
    expect(sheet.getRange('B22').getValue()).toMatch(/^=IF\(B9="Custom Model Import", 0, BEDROCK_FT_COST\(/);
    expect(sheet.cellAt(21, 1)!.format).toBe('"$"#,##0.00');
    expect(sheet.cellAt(21, 3)!.format).toBe('"¥"#,##0');
    expect(sheet.cellAt(18, 1)!.format).toBe('0%');
    expect(sheet.cellAt(1, 1)!.note).toMatch(/AWS Price List/);
    expect(sheet.cellAt(8, 1)!.choices).toEqual(['Provisioned Throughput', 'On-demand', 'Custom Model Import']);
    expect(sheet.cellAt(4, 1)!.background).toBeDefined();
    expect(sheet.widths[0]).toBe(300);
    expect(fakes.spreadsheet.getActiveSheet().getName()).toBe(name);
    expect(fakes.spreadsheet.ui.toasts).toEqual(['Added the budget template as sheet "Bedrock budget".']);
  });

  test("never overwrites a user's sheet: a second template, or a sheet of that name, gets a new name", () => {
    const fakes = installGasFakes({ sheets: ['Sheet1', 'Bedrock budget'] });
    const mine = fakes.spreadsheet.getSheetByName('Bedrock budget')!;
    mine.getRange('A1').setValue('my own numbers');
    expect(insertBudgetTemplate()).toBe('Bedrock budget (2)');
    expect(insertBudgetTemplate()).toBe('Bedrock budget (3)');
    expect(mine.contents()).toEqual([['my own numbers']]);
    expect(fakes.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Bedrock budget', 'Bedrock budget (2)', 'Bedrock budget (3)']);
  });

  test('in Japanese for a Japanese locale', () => {
    const fakes = installGasFakes({ locale: 'ja_JP' });
    const name = insertBudgetTemplate();
    expect(name).toBe('Bedrock 予算');
    const sheet = fakes.spreadsheet.getSheetByName(name)!;
    expect(sheet.getRange('A22').getValue()).toBe('学習（初回のみ）');
    expect(sheet.getRange('B24').getValue()).toContain('B9="オンデマンド"');
  });
});

describe('About prices', () => {
  test('a dialog with the as-of date and the sources of the current prices', () => {
    const fakes = installGasFakes();
    aboutPrices();
    const [dialog] = fakes.spreadsheet.ui.dialogs;
    expect(dialog!.title).toBe('About prices');
    const html = dialog!.output.getContent();
    // The same words as =BEDROCK_PRICES_AS_OF(): the range of checked dates, not only the newest reading.
    expect(html).toContain(`Prices as of: checked ${book.checked.from} – ${book.checked.to} (most ${book.checked.most})`);
    const sources = priceSources();
    const rows = Object.values(book.prices).flatMap((byItem) => Object.values(byItem ?? {}).flatMap((byRegion) => Object.values(byRegion).flatMap((byTerm) => Object.values(byTerm))));
    expect(sources.reduce((n, s) => n + s.count, 0)).toBe(rows.length);
    for (const s of sources) expect(html).toContain(escapeHtml(s.title));
    expect(html).toContain('href="https://github.com/aws-samples/sample-bedrock-migration-and-modernization-tools/blob/');
  });

  test('book text is escaped: no markup from the book reaches the dialog', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
    const html = aboutPricesHtml('ja');
    expect(html).toContain('料金の時点');
    const tags = [...html.matchAll(/<(\w+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['html', 'head', 'base', 'meta', 'link', 'style', 'body', 'p', 'b', 'h3', 'ul', 'li', 'a', 'span', 'br']));
  });
});

/** The add-on menu and its three items, against small fakes of SpreadsheetApp, HtmlService and Session. */
import { aboutPrices, aboutPricesHtml, escapeHtml, insertBudgetTemplate, priceSources, showSidebar } from '../../src/ui/menu-items';
import { onInstall, onOpen } from '../../src/ui/menu';
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
    expect(fakes.spreadsheet.ui.menus[0]!.items.map(([caption]) => caption)).toEqual([
      'モデルピッカーを開く',
      '予算テンプレートを挿入',
      '料金について',
    ]);
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
    expect(sheet.getRange('A19').getValue()).toBe('=BEDROCK_ESTIMATE(B5, B6, B9, B10, B11, B12, B13)');
    expect(sheet.getRange('B28').getValue()).toMatch(
      /^=IF\(OR\(\$B\$14="Custom Model Import",\$B\$14="カスタムモデルインポート"\),0,BEDROCK_FT_COST\(/,
    );
    expect(sheet.cellAt(27, 1)!.format).toBe('"$"#,##0.00');
    expect(sheet.cellAt(27, 3)!.format).toBe('"¥"#,##0');
    expect(sheet.cellAt(15, 1)!.format).toBe('0%');
    expect(sheet.cellAt(10, 1)).toMatchObject({ content: '24/7', format: '@' }); // the schedule stays text, never a date
    expect(sheet.cellAt(1, 1)!.note).toMatch(/AWS Price List/);
    // The hosting option: a drop-down of the five options that rejects anything else.
    expect(sheet.cellAt(13, 1)).toMatchObject({
      content: '1-month commitment',
      choices: ['On-demand', 'No commitment', '1-month commitment', '6-month commitment', 'Custom Model Import'],
      allowInvalid: false,
      helpText: expect.stringMatching(/^Pick one of the five hosting options/),
    });
    // The tax rate and the exchange rate: rejected unless the formula holds (8 would be 800 %).
    expect(sheet.cellAt(15, 1)).toMatchObject({
      rule: '=AND(ISNUMBER(B16),B16>=0,B16<1)',
      allowInvalid: false,
      helpText: expect.stringContaining('8 would mean 800 %'),
    });
    expect(sheet.cellAt(14, 1)).toMatchObject({ rule: '=AND(ISNUMBER(B15),B15>0)', allowInvalid: false });
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
    expect(fakes.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'Sheet1',
      'Bedrock budget',
      'Bedrock budget (2)',
      'Bedrock budget (3)',
    ]);
  });

  test('in Japanese for a Japanese locale', () => {
    const fakes = installGasFakes({ locale: 'ja_JP' });
    const name = insertBudgetTemplate();
    expect(name).toBe('Bedrock予算');
    const sheet = fakes.spreadsheet.getSheetByName(name)!;
    expect(sheet.getRange('A28').getValue()).toBe('学習（初回のみ）');
    expect(sheet.getRange('B14').getValue()).toBe('1か月コミット');
    expect(sheet.cellAt(13, 1)!.choices).toEqual([
      'オンデマンド',
      'コミットなし',
      '1か月コミット',
      '6か月コミット',
      'カスタムモデルインポート',
    ]);
    expect(sheet.cellAt(15, 1)!.helpText).toContain('8は800%を意味します');
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
    expect(html).toContain(`Prices checked ${book.checked.from} – ${book.checked.to} (most ${book.checked.most})`);
    const sources = priceSources();
    const rows = Object.values(book.prices).flatMap((byItem) =>
      Object.values(byItem ?? {}).flatMap((byRegion) => Object.values(byRegion).flatMap((byTerm) => Object.values(byTerm))),
    );
    expect(sources.reduce((n, s) => n + s.count, 0)).toBe(rows.length);
    for (const s of sources) expect(html).toContain(escapeHtml(s.title));
    expect(html).toContain('href="https://github.com/aws-samples/sample-bedrock-migration-and-modernization-tools/blob/');
  });

  test('book text is escaped: no markup from the book reaches the dialog', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
    const html = aboutPricesHtml('ja');
    expect(html).toContain('料金: ');
    const tags = [...html.matchAll(/<(\w+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(
      new Set(['html', 'head', 'base', 'meta', 'link', 'style', 'body', 'p', 'b', 'h3', 'ul', 'li', 'a', 'span', 'br']),
    );
  });
});

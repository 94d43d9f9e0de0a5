/**
 * What the menu items do (./menu.ts builds the menu): open the model picker, insert the budget template, show where
 * the prices come from. In the UI server bundle (src/server/ui-api.ts), not in dist/Code.js.
 */
import { book } from '../core/prices';
import { pricesChecked } from '../core/history';
import { sourceLinks } from '../core/sources';
import { word } from '../messages/catalogue';
import { budgetTemplate, freeSheetName } from './budget-template';
import { menuWord as t } from './menu';
import type { Lang } from './sidebar-types';
import { langOf, userLocale } from './user-locale';

export function showSidebar(): void {
  const title = t(langOf(userLocale()), 'sidebar-title');
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(title));
}

/** Adds the budget template as a new sheet (never over an existing one) and returns its name. */
export function insertBudgetTemplate(): string {
  const lang = langOf(userLocale());
  const template = budgetTemplate(lang);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const name = freeSheetName(
    template.sheetName,
    spreadsheet.getSheets().map((s) => s.getName()),
  );
  const sheet = spreadsheet.insertSheet(name);
  const rows = template.values.length;
  const cols = template.values[0]!.length;
  // Formats first: a value written into a plain-text cell stays text (Sheets reads "24/7" as a date otherwise).
  for (const f of template.formats) sheet.getRange(f.range).setNumberFormat(f.format);
  sheet.getRange(1, 1, rows, cols).setValues(template.values);
  for (const n of template.notes) sheet.getRange(n.cell).setNote(n.note);
  for (const r of template.bold) sheet.getRange(r).setFontWeight('bold');
  for (const r of template.inputs) sheet.getRange(r).setBackground('#fef7e0');
  // Rejected, not just warned about (Sheets' default for a new rule is to allow invalid input with a warning).
  for (const c of template.choices) {
    sheet
      .getRange(c.cell)
      .setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInList(c.values, true).setAllowInvalid(false).setHelpText(c.help).build(),
      );
  }
  for (const r of template.rules) {
    sheet
      .getRange(r.cell)
      .setDataValidation(
        SpreadsheetApp.newDataValidation().requireFormulaSatisfied(r.formula).setAllowInvalid(false).setHelpText(r.help).build(),
      );
  }
  template.widths.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, w);
  });
  sheet.getRange(template.cells.model).activate();
  spreadsheet.toast(t(lang, 'inserted', { name }));
  return name;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The sources the current prices were read from, with how many prices each gave, most used first. */
export function priceSources(lang: Lang = 'en'): { title: string; date: string; where: string; url?: string; count: number }[] {
  const counts = new Map<number, number>();
  for (const byItem of Object.values(book.prices))
    for (const byRegion of Object.values(byItem ?? {}))
      for (const byTerm of Object.values(byRegion))
        for (const row of Object.values(byTerm)) counts.set(row[3], (counts.get(row[3]) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([i, count]) => {
      const s = book.sources[book.sourceIds[i]!]!;
      const links = sourceLinks(s);
      return {
        title: s.title,
        date: s.date,
        ...links,
        where: typeof links.where === 'string' ? links.where : word(links.where, lang),
        count,
      };
    });
}

/** The "About prices" dialog. Every text from the book is escaped; links go to http(s) addresses only. */
export function aboutPricesHtml(lang: Lang): string {
  const items = priceSources(lang)
    .map((s) => {
      const title = escapeHtml(s.title);
      const link =
        s.url && /^https?:\/\//.test(s.url) ? `<a href="${escapeHtml(s.url)}" target="_blank" rel="noopener">${title}</a>` : title;
      return `<li>${link} <span class="secondary">(${escapeHtml(t(lang, s.count === 1 ? 'source-count-one' : 'source-count', { date: s.date, n: s.count }))})</span><br><span class="where">${escapeHtml(s.where)}</span></li>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${lang}"><head><base target="_top"><meta charset="utf-8">
<link rel="stylesheet" href="https://ssl.gstatic.com/docs/script/css/add-ons1.css">
<style>body{padding:0 12px;font-size:13px} li{margin-bottom:8px} .where{color:#5f6368;font-size:11px;word-break:break-all}</style>
</head><body>
<p><b>${escapeHtml(t(lang, 'as-of', { date: word(pricesChecked(book), lang) }))}</b></p>
<p>${escapeHtml(t(lang, 'intro'))}</p>
<h3>${escapeHtml(t(lang, 'sources'))}</h3>
<ul>
${items}
</ul>
<p class="secondary">${escapeHtml(t(lang, 'override'))}</p>
</body></html>`;
}

export function aboutPrices(): void {
  const lang = langOf(userLocale());
  const html = HtmlService.createHtmlOutput(aboutPricesHtml(lang)).setWidth(520).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, t(lang, 'about-title'));
}

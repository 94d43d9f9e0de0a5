/** The preview page is worded from the catalogue in the user's language (scripts/lib/preview-server.ts, pageIn). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageIn } from '../../scripts/lib/preview-server';

const html = readFileSync(join(__dirname, '..', '..', 'scripts', 'preview', 'index.html'), 'utf8');

test('every placeholder of the page is worded, in English and in Japanese', () => {
  const en = pageIn(html, 'en');
  const ja = pageIn(html, 'ja');
  for (const page of [en, ja]) expect(page).not.toMatch(/\{\{|\}\}/);
  expect(en).toContain('<html lang="en">');
  expect(en).toContain('<span class="tag">local preview</span>');
  expect(en).toContain('>Extensions ▸ Bedrock Cost</button>');
  expect(ja).toContain('<html lang="ja">');
  expect(ja).toContain('<title>Bedrock Cost for Sheets — ローカルプレビュー</title>');
  expect(ja).toContain('>拡張機能 ▸ Bedrock Cost</button>');
});

test('a placeholder the catalogue does not have is refused, not shown as its code', () => {
  expect(() => pageIn('<html lang="en"><p>{{menu.nope}}</p>', 'ja')).toThrow(
    'scripts/preview/index.html: no message "menu.nope" in the catalogue',
  );
});

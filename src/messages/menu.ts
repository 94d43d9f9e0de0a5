/**
 * The add-on menu, the sidebar's title bar, the budget template's toast and the About prices dialog; and the words
 * the local preview (scripts/preview) puts around them: Sheets' own Extensions menu and the page's tag.
 */
import { section } from './section';

export const menu = section({
  en: {
    picker: 'Open model picker',
    template: 'Insert budget template',
    about: 'About prices',
    'sidebar-title': 'Bedrock prices',
    'about-title': 'About prices',
    inserted: 'Added the budget template as sheet {name:q}.',
    'as-of': 'Prices {date}',
    intro:
      'Every price in this add-on comes from its price book, compiled when the add-on is built. Each price carries its source and the date it was read; =BEDROCK_RATE_INFO(model, item) shows them in a cell.',
    sources: 'Sources of the current prices',
    'source-count': '{date}, {n} prices',
    'source-count-one': '{date}, 1 price',
    override: 'To use a negotiated or newer price, give it in the last argument of any BEDROCK_… function.',
    extensions: 'Extensions',
    'local-preview': 'local preview',
  },
  ja: {
    picker: 'モデルピッカーを開く',
    template: '予算テンプレートを挿入',
    about: '料金について',
    'sidebar-title': 'Bedrock料金',
    'about-title': '料金について',
    inserted: '予算テンプレートをシート{name:q}として追加しました。',
    'as-of': '料金: {date}',
    intro:
      'このアドオンの料金はすべて、ビルド時に取り込んだ料金表に基づきます。各料金には出典と取得日があり、セルでは「=BEDROCK_RATE_INFO(モデル, 項目)」で確認できます。',
    sources: '現在の料金の出典',
    'source-count': '{date}、{n}件',
    'source-count-one': '{date}、1件',
    override: '割引料金や新しい料金を使うには、BEDROCK_… 関数の最後の引数に単価を指定してください。',
    // Sheets' Japanese name for its Extensions menu.
    extensions: '拡張機能',
    'local-preview': 'ローカルプレビュー',
  },
});

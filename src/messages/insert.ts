/** What the sidebar says when it writes into the sheet, and why it refuses to (src/ui/sidebar-server.ts, formula-check.ts). */
import { section } from './section';

export const insert = section({
  en: {
    'formula-refused':
      'This formula cannot be inserted from the sidebar: {reason} The sidebar inserts only a call of one of the add-on’s functions (BEDROCK_…) whose arguments are text, numbers, TRUE/FALSE, {…} arrays or blanks.',
    'reason-not-text': 'it is not text.',
    'reason-too-long': 'it is longer than {max} characters.',
    'reason-no-equals': 'it does not start with "=".',
    'reason-unknown-function': '{name:q} is not one of the add-on’s functions.',
    'reason-not-call': '{name} is not followed by "(".',
    'reason-not-literal': 'an argument is not a literal value, at {near:q} (references, other functions and operators are not accepted).',
    'reason-incomplete': 'it ends before the formula is complete.',
    'reason-trailing': 'there is more after the closing parenthesis: {near:q}.',
    'nothing-to-insert': 'There is nothing to insert.',
    'too-many': 'At most {max} cells can be written at once from the sidebar; got {count}.',
    'value-refused': 'Only finite numbers up to {max} in size can be inserted as values; got {got}.',
    'no-cell': 'Select a cell in the sheet first.',
    'confirm-overwrite': '{count} of the cells {cell} would be written over are not empty: {cells}. Replace them?',
    'overwritten-cell': '{cell} ({content:q})',
    replace: 'Replace',
    cancel: 'Cancel',
  },
  ja: {
    'formula-refused':
      'この数式はサイドバーから挿入できません: {reason}サイドバーから挿入できるのは、アドオンの関数（BEDROCK_…）の呼び出しで、引数が文字列・数値・TRUE/FALSE・{…}配列・空欄のものだけです。',
    'reason-not-text': '文字列ではありません。',
    'reason-too-long': '{max}文字を超えています。',
    'reason-no-equals': '「=」で始まっていません。',
    'reason-unknown-function': '{name:q}はアドオンの関数ではありません。',
    'reason-not-call': '{name}の後に「(」がありません。',
    'reason-not-literal': '{near:q}の引数が値ではありません（セル参照・他の関数・演算子は使えません）。',
    'reason-incomplete': '数式が途中で終わっています。',
    'reason-trailing': '閉じかっこの後に余分な記述があります: {near:q}。',
    'nothing-to-insert': '挿入するものがありません。',
    'too-many': 'サイドバーから一度に書き込めるのは{max}セルまでです（指定: {count}セル）。',
    'value-refused': '値として挿入できるのは絶対値{max}以下の有限の数値だけです（指定: {got}）。',
    'no-cell': '先にシートのセルを選択してください。',
    'confirm-overwrite': '書き込み先{cell}のうち{count}セルは空ではありません: {cells}。上書きしますか？',
    'overwritten-cell': '{cell}（{content:q}）',
    replace: '上書きする',
    cancel: 'キャンセル',
  },
});

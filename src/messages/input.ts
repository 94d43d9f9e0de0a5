/**
 * What the add-on says about the values it is given: numbers typed as text, quantities out of range, text that is too
 * long, values of the wrong kind. `{name}` is the argument's name as the function's help spells it (training_tokens);
 * `{got}` is what was given, already cut to a short excerpt.
 */
import { section } from './section';

export const input = section({
  en: {
    'not-a-number': '{name} must be a number; got {got}.',
    'not-text': '{name} must be text; got {got}.',
    'not-text-or-number': '{name} must be text or a number; got {got}.',
    'got-text': '{text:q}',
    'got-date': 'a date',
    'got-range': 'a range',
    'got-not-finite': 'a value that is not a finite number',
    'got-other': 'a value of another kind',
    'number-accepted':
      'Write digits with an optional sign and "$", commas only between groups of three digits, one decimal point and an optional exponent: 12000, 12,000.5, -3, $21.18, 2.5e6.',
    'number-malformed': '{name}: {got:q} is not a well-formed number. {accepted}',
    'number-grouping': '{name}: {got:q} is not a well-formed number: a decimal takes a point (0.5), not a comma. {accepted}',
    'number-too-large': '{name}: {got:q} is too large to be a number.',
    'too-large': 'The input is too large: the result does not fit in a number.',
    'too-many-units': 'The input is too large: the break-even would need more than {max} model units.',
    'too-long': '{name} is too long ({length} characters; at most {max}): {got:q}.',
    'zero-or-more': '{name} must be zero or more; got {got}.',
    'more-than-zero': '{name} must be more than zero; got {got}.',
    'whole-count': '{name} must be a whole number of 1 or more; got {got}.',
    'whole-number': '{name} must be a whole number; got {got}.',
    price: '{name} must be a price in USD of zero or more; got {got}.',
    missing: '{name} is missing: give {accepted}.',
    between: '{name} must be {what} from {min} to {max}; got {got}.',
    'what-hours': 'hours',
    'what-whole-days': 'a whole number of days',
    'what-month-days': 'days in the month',
    share: '{name} must be a share from 0 to 1 (0.75) or a percentage ("75%"); got {got}.',
    'input-share': '{name} must be the share of input tokens from 0 to 1 (0.75), a percentage ("75%") or an input:output ratio ("3:1"); got {got}.',
    'ratio-empty': '{name}: the ratio {got:q} has no tokens in it.',
  },
  ja: {
    'not-a-number': '{name}には数値を指定してください（指定された値: {got}）。',
    'not-text': '{name}には文字列を指定してください（指定された値: {got}）。',
    'not-text-or-number': '{name}には文字列または数値を指定してください（指定された値: {got}）。',
    'got-text': '{text:q}',
    'got-date': '日付',
    'got-range': '範囲',
    'got-not-finite': '有限の数値ではない値',
    'got-other': '数値でも文字列でもない値',
    'number-accepted':
      '数字に符号と「$」を付けることができます。カンマは3桁ごとの区切りにだけ使い、小数点は1つ、指数表記も使えます（例: 12000、12,000.5、-3、$21.18、2.5e6）。全角数字も使えます。',
    'number-malformed': '{name}: {got:q}は正しい数値の形式ではありません。{accepted}',
    'number-grouping': '{name}: {got:q}は正しい数値の形式ではありません。小数にはカンマではなく小数点を使ってください（0.5）。{accepted}',
    'number-too-large': '{name}: {got:q}は数値として扱うには大きすぎます。',
    'too-large': '入力値が大きすぎます。結果を数値で表せません。',
    'too-many-units': '入力値が大きすぎます。損益分岐点に必要なモデルユニットが{max}を超えます。',
    'too-long': '{name}が長すぎます（{length}文字。上限は{max}文字）: {got:q}。',
    'zero-or-more': '{name}には0以上の値を指定してください（指定された値: {got}）。',
    'more-than-zero': '{name}には0より大きい値を指定してください（指定された値: {got}）。',
    'whole-count': '{name}には1以上の整数を指定してください（指定された値: {got}）。',
    'whole-number': '{name}には整数を指定してください（指定された値: {got}）。',
    price: '{name}には0以上のUSD単価を指定してください（指定された値: {got}）。',
    missing: '{name}が指定されていません。{accepted}を指定してください。',
    between: '{name}には{min}から{max}までの{what}を指定してください（指定された値: {got}）。',
    'what-hours': '時間数',
    'what-whole-days': '日数（整数）',
    'what-month-days': '1か月の日数',
    share: '{name}には0から1までの割合（0.75）かパーセント（「75%」）を指定してください（指定された値: {got}）。',
    'input-share':
      '{name}には入力トークンの割合を0から1まで（0.75）、パーセント（「75%」）、または入力:出力の比（「3:1」）で指定してください（指定された値: {got}）。',
    'ratio-empty': '{name}: 比{got:q}にはトークンが含まれていません。',
  },
});

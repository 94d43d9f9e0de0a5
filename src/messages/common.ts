/** Words shared by every part of the add-on: how a price argument is pointed to, list and range wording. */
import { section } from './section';

export const common = section({
  en: {
    'own-price-hint': 'You can give your own price in the last argument.',
    'range-position': 'Row {row} of the range: {message}',
    'range-position-column': 'Row {row}, column {column} of the range: {message}',
    unexpected: 'Unexpected error: {detail}',
  },
  ja: {
    'own-price-hint': '最終引数に単価を指定することもできます。',
    'range-position': '範囲の{row}行目: {message}',
    'range-position-column': '範囲の{row}行目・{column}列: {message}',
    unexpected: '予期しないエラーが発生しました: {detail}',
  },
});

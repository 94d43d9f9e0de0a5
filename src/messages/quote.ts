/**
 * The lines of a quote: the quantity a unit price was multiplied by ("744 h × 1 MU"), a price the user gave, and
 * prices whose unit cannot be used for the charge. Numbers arrive as exact decimal text.
 */
import { section } from './section';

export const quote = section({
  en: {
    'tokens-epochs': '{tokens} tokens × {epochs} epochs',
    'images-epochs': '{images} images × {epochs} epochs',
    months: '{months} months',
    'hours-units': '{hours} h × {units} MU',
    'input-tokens': '{tokens} input tokens',
    'output-tokens': '{tokens} output tokens',
    'cmi-windows': '{windows} windows × {minutes} min × {cmus} CMU × {copies} copies',
    'cmi-month-windows': '{windows} windows ({perDay} a day × {days} days) × {minutes} min × {cmus} CMU × {copies} copies',
    'months-cmus': '{months} months × {cmus} CMU',
    'one-month-cmus': '1 month × {cmus} CMU',
    hours: '{hours} h',
    'price-given': 'price given in the formula',
    'unit-not-token': 'A token price cannot be in {unit:q}.',
    'unit-not-training': 'A training price cannot be in {unit:q}.',
  },
  ja: {
    'tokens-epochs': '{tokens}トークン × {epochs}エポック',
    'images-epochs': '画像{images}枚 × {epochs}エポック',
    months: '{months}か月',
    'hours-units': '{hours}時間 × {units} MU',
    'input-tokens': '入力{tokens}トークン',
    'output-tokens': '出力{tokens}トークン',
    'cmi-windows': '{windows}枠 × {minutes}分 × {cmus} CMU × {copies}コピー',
    'cmi-month-windows': '{windows}枠（1日{perDay}枠 × {days}日） × {minutes}分 × {cmus} CMU × {copies}コピー',
    'months-cmus': '{months}か月 × {cmus} CMU',
    'one-month-cmus': '1か月 × {cmus} CMU',
    hours: '{hours}時間',
    'price-given': '数式で指定された単価',
    'unit-not-token': 'トークン料金の単位に{unit:q}は使えません。',
    'unit-not-training': '学習料金の単位に{unit:q}は使えません。',
  },
});

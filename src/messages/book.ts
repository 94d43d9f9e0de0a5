/** Words about the price book itself: how old its prices are, and the price-history table. */
import { section } from './section';

export const book = section({
  en: {
    // BEDROCK_PRICES_AS_OF(): the range of dates a first-party source last confirmed the current prices.
    'checked-range': 'checked {from} – {to} (most {most})',
    'checked-one': 'checked {date}',
    'history-price': 'Price (USD)',
    'history-unit': 'Unit',
    'history-from': 'Valid from',
    'history-to': 'Valid to',
    'history-source': 'Source',
    'history-single': 'BEDROCK_RATE_HISTORY takes single values, not ranges: it returns one table for one price.',
  },
  ja: {
    'checked-range': '{from}～{to}に確認（大半は{most}）',
    'checked-one': '{date}に確認',
    'history-price': '単価（USD）',
    'history-unit': '単位',
    'history-from': '適用開始',
    'history-to': '適用終了',
    'history-source': '出典',
    'history-single': 'BEDROCK_RATE_HISTORYには範囲ではなく単一の値を指定してください。1つの単価について1つの表を返します。',
  },
});

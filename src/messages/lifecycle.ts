/** A model's lifecycle status, as BEDROCK_MODEL_STATUS and the sidebar show it. */
import { section } from './section';

export const lifecycle = section({
  en: {
    active: 'Active',
    preview: 'Preview',
    legacy: 'Legacy',
    'legacy-until': 'Legacy — end of life {date}',
    eol: 'End of life',
    'eol-since': 'End of life since {date}',
    'with-replacement': '{status} (replacement: {replacement})',
  },
  ja: {
    active: '提供中',
    preview: 'プレビュー',
    legacy: 'レガシー',
    'legacy-until': 'レガシー — {date}に提供終了予定',
    eol: '提供終了',
    'eol-since': '{date}に提供終了',
    'with-replacement': '{status}（後継: {replacement}）',
  },
});

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
    'legacy-extended': 'Legacy — public extended access from {extended}, end of life {date}',
    // Regions whose dates differ, after the model's own status: "…; in ap-northeast-1, ap-southeast-2: end of life 2026-07-30".
    'with-regional': '{status}; in {regions}: {dates}',
    'eol-on': 'end of life {date}',
    'eol-planned': 'end of life {date}',
    'extended-then-eol': 'public extended access from {extended}, end of life {date}',
  },
  ja: {
    active: '提供中',
    preview: 'プレビュー',
    legacy: 'レガシー',
    'legacy-until': 'レガシー — {date}に提供終了予定',
    eol: '提供終了',
    'eol-since': '{date}に提供終了',
    'with-replacement': '{status}（後継: {replacement}）',
    'legacy-extended': 'レガシー — {extended}からパブリック延長アクセス、{date}に提供終了予定',
    'with-regional': '{status}。ただし、{regions}では{dates}',
    'eol-on': '{date}に提供終了',
    'eol-planned': '{date}に提供終了予定',
    'extended-then-eol': '{extended}からパブリック延長アクセス、{date}に提供終了予定',
  },
});

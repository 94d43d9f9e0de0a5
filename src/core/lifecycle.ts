/** A model's lifecycle in words, as BEDROCK_MODEL_STATUS and the sidebar show it. */
import type { CompiledModel } from './compiled-book';

export function statusText(m: CompiledModel, lang: 'en' | 'ja' = 'en'): string {
  const replacement = m.replacement?.length ? m.replacement.join(', ') : '';
  if (lang === 'ja') {
    switch (m.status) {
      case 'active':
        return '提供中';
      case 'preview':
        return 'プレビュー';
      case 'legacy':
        return m.eolDate ? `レガシー — 提供終了 ${m.eolDate}` : 'レガシー';
      case 'eol':
        return `提供終了 ${m.eolDate ?? ''}${replacement ? `（後継: ${replacement}）` : ''}`.trim();
    }
  }
  switch (m.status) {
    case 'active':
      return 'Active';
    case 'preview':
      return 'Preview';
    case 'legacy':
      return m.eolDate ? `Legacy — end of life ${m.eolDate}` : 'Legacy';
    case 'eol':
      return `End of life${m.eolDate ? ` since ${m.eolDate}` : ''}${replacement ? ` (replacement: ${replacement})` : ''}`;
  }
}

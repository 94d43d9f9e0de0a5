/** A model's lifecycle as a message, for BEDROCK_MODEL_STATUS and the sidebar to word. */
import type { CompiledModel } from './compiled-book';
import { msg, type Message } from './message';

export function statusMessage(m: CompiledModel): Message {
  switch (m.status) {
    case 'active':
      return msg('lifecycle.active');
    case 'preview':
      return msg('lifecycle.preview');
    case 'legacy':
      return m.eolDate ? msg('lifecycle.legacy-until', { date: m.eolDate }) : msg('lifecycle.legacy');
    case 'eol': {
      const status = m.eolDate ? msg('lifecycle.eol-since', { date: m.eolDate }) : msg('lifecycle.eol');
      return m.replacement?.length ? msg('lifecycle.with-replacement', { status, replacement: m.replacement.join(', ') }) : status;
    }
  }
}

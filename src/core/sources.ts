/**
 * How a source is shown and linked. The book ships each source's parts once (URL, repository, path, commit); the
 * readable "where" text and the followable link are made from them when asked, so no address is carried twice.
 */
import type { CompiledSource } from './compiled-book';
import { msg, type Message } from './message';

export interface SourceLinks {
  /**
   * A URL, or "github.com/owner/repo/path @ commit" for a file in a public repository (or both, original first):
   * plain text, or a message when it has words in it.
   */
  where: string | Message;
  /** A link a person can follow: the original's address, or the file in the public repository at its commit. */
  url?: string;
}

export function githubUrl(repo: string, path?: string, commit?: string): string {
  const base = `https://github.com/${repo}`;
  if (!commit) return path ? `${base}/blob/HEAD/${encodeURI(path)}` : base;
  return path ? `${base}/blob/${commit}/${encodeURI(path)}` : `${base}/tree/${commit}`;
}

export function sourceLinks(s: CompiledSource): SourceLinks {
  const inRepo = s.repo ? `github.com/${s.repo}${s.path ? `/${s.path}` : ''}${s.commit ? ` @ ${s.commit.slice(0, 12)}` : ''}` : '';
  // The original's address first, then the copy the numbers were actually read from.
  const where: string | Message =
    s.url && inRepo ? msg('lookup.source-copy', { url: s.url, copy: inRepo }) : (s.url ?? (inRepo || msg('lookup.source-unrecorded')));
  const url = s.url ?? (s.repo ? githubUrl(s.repo, s.path, s.commit) : undefined);
  return { where, ...(url ? { url } : {}) };
}

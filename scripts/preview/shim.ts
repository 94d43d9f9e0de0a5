/**
 * google.script.run for the local preview, loaded into dist/Sidebar.html before its own code. Like Apps Script's,
 * it is asynchronous, takes withSuccessHandler / withFailureHandler / withUserObject, refuses a Date or a function
 * in the arguments, and calls a top-level server function by name — here by POSTing to the preview server, which
 * runs the built bundle. After each call the grid beside the sidebar is told to refresh.
 */
type Handler = ((value: unknown, userObject?: unknown) => void) | undefined;

function illegal(v: unknown): boolean {
  if (v instanceof Date || typeof v === 'function' || typeof v === 'symbol') return true;
  if (Array.isArray(v)) return v.some(illegal);
  if (v && typeof v === 'object') return Object.values(v).some(illegal);
  return false;
}

async function invoke(fn: string, args: unknown[]): Promise<unknown> {
  const res = await fetch('/api/rpc', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fn, args }),
  });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  const answer = (await res.json()) as { ok: boolean; value?: unknown; error?: string };
  if (!answer.ok) throw new Error(answer.error ?? 'failed');
  return answer.value;
}

function runner(success: Handler, failure: Handler, userObject: unknown): unknown {
  const own: Record<string, unknown> = {
    withSuccessHandler: (f: Handler) => runner(f, failure, userObject),
    withFailureHandler: (f: Handler) => runner(success, f, userObject),
    withUserObject: (o: unknown) => runner(success, failure, o),
  };
  return new Proxy(own, {
    get(target, name) {
      if (typeof name !== 'string') return undefined;
      if (name in target) return target[name];
      return (...args: unknown[]) => {
        if (illegal(args)) throw new Error(`Failed due to illegal value in the arguments of ${name}.`);
        invoke(name, args).then(
          (value) => {
            success?.(value, userObject);
            window.parent?.postMessage({ type: 'preview-refresh' }, location.origin);
          },
          (error: Error) => failure?.(error, userObject),
        );
      };
    },
  });
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner(undefined, undefined, undefined),
    host: {
      close: () => window.parent?.postMessage({ type: 'preview-close-sidebar' }, location.origin),
      editor: { focus: () => undefined },
    },
  },
};

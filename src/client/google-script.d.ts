/** The client side of google.script.run, as much of it as the sidebar uses. */
declare namespace google.script {
  interface Runner {
    // biome-ignore lint/suspicious/noExplicitAny: each server function answers its own type; callers narrow it (src/client/rpc.ts)
    withSuccessHandler(handler: (value: any, userObject?: unknown) => void): Runner;
    withFailureHandler(handler: (error: Error, userObject?: unknown) => void): Runner;
    withUserObject(object: unknown): Runner;
    // biome-ignore lint/suspicious/noExplicitAny: google.script.run exposes every server function by name
    [serverFunction: string]: any;
  }
  const run: Runner;
  const host: { close(): void; editor: { focus(): void } };
}

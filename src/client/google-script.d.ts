/** The client side of google.script.run, as much of it as the sidebar uses. */
declare namespace google.script {
  interface Runner {
    withSuccessHandler(handler: (value: any, userObject?: unknown) => void): Runner;
    withFailureHandler(handler: (error: Error, userObject?: unknown) => void): Runner;
    withUserObject(object: unknown): Runner;
    [serverFunction: string]: any;
  }
  const run: Runner;
  const host: { close(): void; editor: { focus(): void } };
}

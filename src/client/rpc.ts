/**
 * Promises over google.script.run, typed by the server's sidebar entry points. Only plain JSON goes either way:
 * Apps Script refuses a Date (or a function, or a DOM node) anywhere in the arguments or the result.
 */
import type { SidebarServer } from '../ui/sidebar-types';

export function call<K extends keyof SidebarServer>(name: K, ...args: Parameters<SidebarServer[K]>): Promise<ReturnType<SidebarServer[K]>> {
  return new Promise((resolve, reject) => {
    google.script.run
      .withSuccessHandler((value: ReturnType<SidebarServer[K]>) => resolve(value))
      .withFailureHandler((error: Error) => reject(error))
      [name](...args);
  });
}

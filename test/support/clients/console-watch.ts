/**
 * Collects what client libraries print through console.warn and console.error (Apollo's
 * cache warnings, Relay's `warning()`), silenced, so a test can assert there was none
 * and show the text when there was. Call `restore()` in afterEach.
 */
export function watchConsole(): { messages: () => string[]; restore: () => void } {
  const collected: string[] = [];
  const record =
    (level: string) =>
    (...args: unknown[]) => {
      collected.push(
        `${level}: ${args.map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`,
      );
    };
  const warn = jest.spyOn(console, 'warn').mockImplementation(record('warn'));
  const error = jest.spyOn(console, 'error').mockImplementation(record('error'));
  return {
    messages: () => [...collected],
    restore: () => {
      warn.mockRestore();
      error.mockRestore();
    },
  };
}

import type { Driver } from 'neo4j-driver';

/** One statement a target sent, with the parameters it sent. */
export interface Captured {
  text: string;
  params: Record<string, unknown>;
}

/**
 * Wraps a driver so every statement sent through it (executeQuery, session.run,
 * tx.run inside executeRead/executeWrite) is recorded. The harness uses it to count
 * round trips the same way for every target and to PROFILE exactly what each sent.
 */
export function capturingDriver(driver: Driver): { driver: Driver; take(): Captured[] } {
  let log: Captured[] = [];
  const record = (text: unknown, params: unknown) => log.push({ text: String(text), params: (params ?? {}) as Record<string, unknown> });
  const wrapRunner = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value = Reflect.get(obj, prop, receiver);
        if (typeof value !== 'function') return value;
        if (prop === 'run') {
          return (text: unknown, params: unknown, ...rest: unknown[]) => {
            record(text, params);
            return (value as (...a: unknown[]) => unknown).call(obj, text, params, ...rest);
          };
        }
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: object) => unknown, ...rest: unknown[]) =>
            (value as (...a: unknown[]) => unknown).call(obj, (tx: object) => work(wrapRunner(tx)), ...rest);
        }
        return (value as (...a: unknown[]) => unknown).bind(obj);
      },
    });
  const wrapped = new Proxy(driver, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      if (prop === 'executeQuery') {
        return (text: unknown, params: unknown, ...rest: unknown[]) => {
          record(text, params);
          return (value as (...a: unknown[]) => unknown).call(obj, text, params, ...rest);
        };
      }
      if (prop === 'session') return (...args: unknown[]) => wrapRunner((value as (...a: unknown[]) => object).apply(obj, args));
      return (value as (...a: unknown[]) => unknown).bind(obj);
    },
  });
  return {
    driver: wrapped,
    take: () => {
      const out = log;
      log = [];
      return out;
    },
  };
}

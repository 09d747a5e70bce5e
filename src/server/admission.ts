import type { ServerResponse } from 'node:http';
import { Gauge, type Registry } from 'prom-client';
import type { Config } from '../config';
import { type Guard, sendJson } from './plain-http';

/** Seconds a refused client is told to wait before retrying. */
const RETRY_AFTER_S = 1;

/**
 * Admission control: at most `maxConcurrent` requests run at once; the next ones wait in
 * arrival order, at most `maxQueued` of them and each for at most `queueMs`. A request
 * that cannot get in by then is answered 503 with Retry-After at once. Without it, a
 * burst on a cold server (JIT on both sides) lets every request in, each one slows the
 * others, and clients time out with nothing answered; with it, the admitted requests
 * finish quickly and the rest learn at once to come back.
 *
 * Hand-written: the libraries that queue work (p-limit, p-queue) cannot drop a queued
 * task at a deadline or when its client hangs up, and the ones that shed load
 * (under-pressure, toobusy-js) are tied to Fastify or judge by event-loop lag alone.
 */
export interface Admission {
  middleware: Guard;
  /**
   * While held, nothing new is admitted: requests wait (and meet their deadline) as when
   * every slot is taken. The warm-up holds it, so it runs alone and cold requests do not
   * pile onto a cold server; release() admits the waiting ones.
   */
  hold(): void;
  release(): void;
}

export function admissionControl(settings: Config['admission'], registry?: Registry): Admission {
  const { maxConcurrent, maxQueued, queueMs } = settings;
  let running = 0;
  let held = false;
  const queue: Array<() => void> = [];
  const free = () => !held && (maxConcurrent === 0 || running < maxConcurrent);

  if (registry) {
    new Gauge({
      name: 'skillgraph_admission_running',
      help: 'Requests admitted and not yet answered (/graphql, /graph/export).',
      registers: [registry],
      collect() {
        this.set(running);
      },
    });
    new Gauge({
      name: 'skillgraph_admission_queued',
      help: 'Requests waiting for admission.',
      registers: [registry],
      collect() {
        this.set(queue.length);
      },
    });
  }

  const admit = (res: ServerResponse, next: () => void) => {
    running++;
    let released = false;
    // 'close' comes after the response is sent and also when the client hangs up first.
    res.once('close', () => {
      if (released) return;
      released = true;
      running--;
      if (free()) queue.shift()?.();
    });
    next();
  };

  const middleware: Guard = (_req, res, next) => {
    if (maxConcurrent === 0 && !held) return next();
    if (free()) return admit(res, next);
    if (queue.length >= maxQueued) return refuse(res, 'queue full');
    const enter = () => {
      clearTimeout(timer);
      res.off('close', leave);
      admit(res, next);
    };
    const drop = () => {
      const at = queue.indexOf(enter);
      if (at >= 0) queue.splice(at, 1);
    };
    // A client that hangs up while waiting gives its place away.
    const leave = () => {
      clearTimeout(timer);
      drop();
    };
    const timer = setTimeout(() => {
      drop();
      res.off('close', leave);
      refuse(res, `not admitted within ${queueMs} ms`);
    }, queueMs);
    res.once('close', leave);
    queue.push(enter);
  };

  return {
    middleware,
    hold: () => {
      held = true;
    },
    release: () => {
      held = false;
      while (queue.length > 0 && free()) queue.shift()!();
    },
  };
}

function refuse(res: ServerResponse, why: string): void {
  res.setHeader('retry-after', String(RETRY_AFTER_S));
  res.setHeader('cache-control', 'no-store');
  sendJson(res, 503, {
    errors: [
      {
        message: `The server is at capacity (${why}); retry after ${RETRY_AFTER_S} s.`,
        extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'overloaded' },
      },
    ],
  });
}

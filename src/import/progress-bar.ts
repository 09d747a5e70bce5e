import { SingleBar } from 'cli-progress';
import type { ImportOptions } from './run-import';

/**
 * A progress bar for imports on a terminal (stderr), for `npm run import` and `npm start`
 * alike; elsewhere (piped, CI, Docker logs) nothing, so logs stay one line per import.
 */
export function importProgress(label = ''): { options: Pick<ImportOptions, 'onProgress'>; stop: () => void } {
  if (!process.stderr.isTTY) return { options: {}, stop: () => {} };
  const bar = new SingleBar({
    stream: process.stderr,
    format: `  ${label}{bar} {percentage}% | {value}/{total} rows`,
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = false;
  return {
    options: {
      onProgress: (done, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}

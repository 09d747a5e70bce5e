/**
 * Jest's default order (failed first, then slowest first), except that the test files
 * that wipe or rewrite the shared graph run last, in the order listed: each puts the graph
 * back and is checked to have done so (guardSharedGraph, test/support/shared-graph.ts), and
 * running them last means that even a put-back that fails costs no other file its graph.
 * Wired in jest.config.js as `testSequencer: '<rootDir>/test/support/sequencer.js'`.
 */
const Sequencer = require('@jest/test-sequencer').default;

/** Files that change shared data (not only fixtures under their own prefix), lightest first. */
const SHARED_GRAPH_LAST = [
  'test/integration/related-maintenance.test.ts',
  'test/integration/id-stability.test.ts',
  'test/e2e/import-cli.test.ts',
  'test/integration/metacademy-join.test.ts',
  'test/integration/onet-import.test.ts',
  'test/integration/import.test.ts',
  'test/integration/seed.test.ts',
];

const rank = (path) => SHARED_GRAPH_LAST.findIndex((file) => path.replaceAll('\\', '/').endsWith(file));

class SharedGraphLastSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const rest = sorted.filter((t) => rank(t.path) === -1);
    const last = sorted.filter((t) => rank(t.path) !== -1).sort((a, b) => rank(a.path) - rank(b.path));
    return [...rest, ...last];
  }
}

module.exports = SharedGraphLastSequencer;
module.exports.SHARED_GRAPH_LAST = SHARED_GRAPH_LAST;

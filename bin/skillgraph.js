#!/usr/bin/env node
// `npx skillgraph <command>`: the project's commands without npm run.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const commands = {
  start: ['src/main.ts'],
  seed: ['src/seed/cli.ts'],
  import: ['src/import/cli.ts'],
  neo4j: ['src/local-neo4j/cli.ts'],
};

const [command, ...rest] = process.argv.slice(2);
if (!commands[command]) {
  process.stderr.write(`usage: skillgraph <${Object.keys(commands).join('|')}> [args]\n  e.g. skillgraph neo4j status\n`);
  process.exit(2);
}
const root = join(__dirname, '..');
const tsx = require.resolve('tsx/cli', { paths: [root] });
const result = spawnSync(process.execPath, [tsx, join(root, commands[command][0]), ...rest], { stdio: 'inherit' });
process.exit(result.status ?? 1);

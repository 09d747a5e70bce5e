import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onetCredit } from '../../src/import/datasets/onet';
import { projectRoot } from '../../src/project-root';

/** The README quotes O*NET's credit line; it must stay the one the import records. */
describe('the README credits', () => {
  it('quote the O*NET credit line the import records', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const quoted = readme
      .split('\n')
      .filter((line) => line.startsWith('> '))
      .map((line) => line.slice(2))
      .join(' ');
    expect(quoted.replace(/\s+/g, ' ')).toContain(onetCredit('29.2'));
  });
});

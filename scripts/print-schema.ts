import { writeFileSync } from 'node:fs';
import { printMergedSchema } from '../src/graphql/print-schema';

/** `npm run schema:print [-- <file>]`: the merged SDL to stdout, or into <file>. */
const out = process.argv[2];
const sdl = printMergedSchema();
if (out) writeFileSync(out, sdl);
else process.stdout.write(sdl);

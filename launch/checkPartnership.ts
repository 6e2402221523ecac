// `npm run partnership:check -- <file>`: checks a partnership file with the app's own schema before
// it is deployed (default: the shipped src/config/partnership.json). Exit code 1 when it is not valid.
import { readFileSync } from 'node:fs';
import { PartnershipFileError } from '../src/config/partnership';
import { parsePartnership } from '../src/config/parsePartnership';

const file = process.argv[2] ?? 'src/config/partnership.json';
try {
  parsePartnership(JSON.parse(readFileSync(file, 'utf8')));
  console.info(`${file}: valid`);
} catch (err) {
  console.error(`${file}: ${reason(err)}`);
  process.exitCode = 1;
}

function reason(err: unknown): string {
  if (err instanceof PartnershipFileError) {
    return err.message;
  }
  return err instanceof SyntaxError ? 'not valid JSON' : String(err);
}

// Vitest setup (every project): the code under test reads the partnership configuration through
// PARTNERSHIP, which the browser app installs at start from the served file (src/main.tsx). Tests
// install the same file, read from disk and validated by the same parser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { installPartnership } from '../../src/config/partnership';
import { parsePartnership } from '../../src/config/parsePartnership';

installPartnership(
  parsePartnership(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/config/partnership.json'), 'utf8'))),
);

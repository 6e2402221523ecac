import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

describe('seed documentation', () => {
  it('the README shows the same seed tables as SEED.md (the ids people launch with)', () => {
    const seed = readFileSync(resolve(root, 'launch/sandbox/seed/SEED.md'), 'utf8')
      .split('\n')
      .slice(1)
      .join('\n')
      .trim();
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    expect(readme).toContain(seed);
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../domain/limits';
import { fileProblem } from './readFile';

describe('the attachment limit: one place (src/domain/limits.ts), checked before upload', () => {
  it('takes a file at the limit and refuses one byte more, in plain words that name the limit', () => {
    expect(fileProblem({ type: 'application/pdf', size: MAX_ATTACHMENT_BYTES })).toBeUndefined();
    expect(fileProblem({ type: 'application/pdf', size: MAX_ATTACHMENT_BYTES + 1 })).toMatch(
      /^The file must be 5 MB or smaller\./,
    );
  });

  it('refuses other types and empty files', () => {
    expect(fileProblem({ type: 'application/x-msdownload', size: 10 })).toBe('The file must be a PDF, JPEG or PNG.');
    expect(fileProblem({ type: 'image/png', size: 0 })).toBe('The file is empty.');
  });
});

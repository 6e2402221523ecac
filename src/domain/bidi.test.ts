import { describe, expect, it } from 'vitest';
import { formatPatientName, formatPersonName } from './patient';
import { hasBidiControls, safeFileName, stripBidiControls } from './bidi';

describe('bidirectional controls cannot disguise a name or a file name', () => {
  it('finds and removes every embedding, override and isolate control', () => {
    for (const c of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(hasBidiControls(`a${c}b`)).toBe(true);
      expect(stripBidiControls(`a${c}b`)).toBe('ab');
    }
  });

  it('leaves real right-to-left text and ordinary marks alone', () => {
    expect(hasBidiControls('أميرة حسين')).toBe(false);
    expect(stripBidiControls('أميرة حسين')).toBe('أميرة حسين');
  });

  it('a file name that would show as ".pdf" but is ".exe" is shown as it really is, and flagged', () => {
    expect(safeFileName('invoice\u202Efdp.exe')).toEqual({ name: 'invoicefdp.exe', hadControls: true });
    expect(safeFileName('letter.pdf')).toEqual({ name: 'letter.pdf', hadControls: false });
    expect(safeFileName('\u202E\u202C')).toEqual({ name: 'document', hadControls: true });
  });

  it('names on screen carry no controls', () => {
    expect(formatPatientName([{ family: 'Evans\u202E', given: ['\u2067Rhys'] }])).toBe('EVANS, Rhys');
    expect(formatPersonName([{ text: 'Dr \u202EatheM' }])).toBe('Dr atheM');
  });
});

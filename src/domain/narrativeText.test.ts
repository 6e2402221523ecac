import { describe, expect, it } from 'vitest';
import { paragraphsOf, textToXhtmlDiv, xhtmlDivToText } from './narrativeText';

describe('narrative text', () => {
  it('makes paragraphs and line breaks of plain text, and reads the same text back', () => {
    const text = 'Referrals rose in the autumn.\nMost came from the practice.\n\nThe ward started in March.';
    const div = textToXhtmlDiv(text);
    expect(div).toBe(
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>Referrals rose in the autumn.<br/>Most came from the practice.</p><p>The ward started in March.</p></div>',
    );
    expect(xhtmlDivToText(div)).toBe(text);
  });

  it('never turns typed text into markup', () => {
    const typed = '<script>alert(1)</script> & <img src=x onerror="alert(2)"> £5 > £4';
    const div = textToXhtmlDiv(typed);
    expect(div).not.toMatch(/<script|<img/);
    expect(div).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(xhtmlDivToText(div)).toBe(typed);
  });

  it('reads markup written by another system as plain text only', () => {
    expect(xhtmlDivToText('<div><p>One <b>bold</b> &#8212; <a href="javascript:x">link</a></p><p>Two</p></div>')).toBe(
      'One bold \u2014 link\n\nTwo',
    );
    expect(xhtmlDivToText(undefined)).toBe('');
  });

  it('keeps a valid div when the text is empty (FHIR needs non-empty narrative)', () => {
    expect(textToXhtmlDiv('  \n\n ')).toBe('<div xmlns="http://www.w3.org/1999/xhtml"><p></p></div>');
    expect(paragraphsOf('a\r\n\r\nb')).toEqual(['a', 'b']);
  });
});

import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type * as JsBase64 from 'js-base64';
import * as shim from './base64.cjs';

// The package itself, through Node's require (vite.config.ts aliases the bare name to the shim).
const { decode, encodeURL, fromUint8Array } = createRequire(import.meta.url)('js-base64') as typeof JsBase64;

const { decode: shimDecode, encodeURL: shimEncodeURL, fromUint8Array: shimFromUint8Array } = shim;

// The shim stands in for js-base64 inside fhirclient (PKCE challenge, state, id_token payloads): same answers.
describe('base64 shim for fhirclient', () => {
  const texts = ['', 'a', 'ab', 'abc', '{"alg":"ES384","typ":"JWT"}', 'Ciarán Byrne — ward 7 ✓', '\u{1F600}?>~'];
  it.each(texts)('encodes and decodes %j like js-base64', (text) => {
    expect(shimEncodeURL(text)).toBe(encodeURL(text));
    expect(shimDecode(encodeURL(text))).toBe(decode(encodeURL(text)));
    expect(shimDecode(Buffer.from(text).toString('base64'))).toBe(text);
  });
  it('encodes bytes, URL-safe and not, like js-base64', () => {
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 251) % 256);
    for (let n = 0; n <= bytes.length; n += 7) {
      const slice = bytes.slice(0, n);
      expect(shimFromUint8Array(slice, true)).toBe(fromUint8Array(slice, true));
      expect(shimFromUint8Array(slice)).toBe(fromUint8Array(slice));
    }
  });
});

// Stands in for "js-base64" inside fhirclient (vite.config.ts aliases it): the three functions
// fhirclient's browser code calls, on the browser's own btoa/atob (UTF-8 safe). Checked against
// js-base64 in launch/shims/base64.test.ts.
'use strict';
function bytesToBase64(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i++) {
    binary += String.fromCharCode(bytes[i]);
  }
  return btoa(binary);
}
function urlSafe(base64) {
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function fromUint8Array(bytes, urlsafe) {
  const base64 = bytesToBase64(bytes);
  return urlsafe ? urlSafe(base64) : base64;
}
function encodeURL(text) {
  return urlSafe(bytesToBase64(new TextEncoder().encode(String(text))));
}
function decode(base64) {
  const clean = String(base64)
    .replace(/[-_]/g, (c) => (c === '-' ? '+' : '/'))
    .replace(/[^A-Za-z0-9+/]/g, '');
  const binary = atob(clean + '==='.slice((clean.length + 3) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return new TextDecoder().decode(bytes);
}
module.exports = { fromUint8Array, encodeURL, decode };

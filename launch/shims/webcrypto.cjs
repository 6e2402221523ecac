// Stands in for "isomorphic-webcrypto" inside fhirclient (vite.config.ts aliases it). fhirclient
// only falls back to it when the browser has no globalThis.crypto; every browser HJP Link supports
// has it (and SMART's PKCE needs crypto.subtle, which browsers give to secure contexts).
'use strict';
module.exports = { default: globalThis.crypto };

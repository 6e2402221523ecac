// Stands in for the "debug" package inside fhirclient (vite.config.ts aliases it): fhirclient's
// debug output can carry tokens and record content, which HJP Link never logs, and the package
// is 3 kB of the first screen's JavaScript. Same shape: debug(name)(...args), .extend(name).
'use strict';
function debug() {
  const log = function () {};
  log.extend = debug;
  log.enabled = false;
  return log;
}
module.exports = debug;

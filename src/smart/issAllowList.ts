/**
 * The FHIR servers HJP Link may be started against (the `iss` of an EHR launch). A launch from any
 * other server is refused before anything is sent to it: no authorisation request, no token.
 *
 * An entry is an exact base URL ("https://fhir.example.nhs.uk/r4"), or a loopback base with any
 * port ("http://127.0.0.1:*\/fhir") for the local sandbox. Trailing slashes do not matter.
 */
const LOOPBACK_ANY_PORT = /^(https?):\/\/(127\.0\.0\.1|localhost|\[::1\]):\*(\/.*)?$/;

const trim = (url: string): string => url.replace(/\/+$/, '');

function matches(iss: URL, entry: string): boolean {
  const loopback = LOOPBACK_ANY_PORT.exec(entry);
  if (loopback) {
    const [, scheme, host, path = ''] = loopback;
    return iss.protocol === `${scheme ?? ''}:` && iss.hostname === host && trim(iss.pathname) === trim(path);
  }
  return trim(`${iss.origin}${iss.pathname}`) === trim(entry) && iss.search === '' && iss.hash === '';
}

/** Is this `iss` on the allow-list? A value that is not an http(s) URL never is. */
export function issAllowed(iss: string, allowList: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(iss);
  } catch {
    return false;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
    return false;
  }
  return allowList.some((entry) => matches(url, entry));
}

/** The server a launch names: `iss` (EHR launch) or `fhirServiceUrl` (fhirclient's standalone form). */
export function launchServer(launchUrl: URL): string | undefined {
  return launchUrl.searchParams.get('iss') ?? launchUrl.searchParams.get('fhirServiceUrl') ?? undefined;
}

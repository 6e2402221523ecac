const KEY = 'hjp-link.caseload-search';

/**
 * The caseload's last filters and page (a query string of codes, never patient data), so a case's
 * "Back to caseload" returns there even after a reload. sessionStorage: this tab only, gone at close.
 */
export const lastCaseload = {
  remember(search: string): void {
    try {
      sessionStorage.setItem(KEY, search);
    } catch {
      // Storage may be unavailable (private mode): Back then goes to the default caseload.
    }
  },
  href(): string {
    let search = '';
    try {
      search = sessionStorage.getItem(KEY) ?? '';
    } catch {
      search = '';
    }
    return search ? `/?${search}` : '/';
  },
};

/** Dates as people read them in the UK: "3 June 2026, 14:05". */
export function when(value: string | undefined, withTime = true): string {
  if (!value) {
    return 'date not recorded';
  }
  const d = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  if (Number.isNaN(d.getTime())) {
    return 'date not recorded';
  }
  return d.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    timeZone: 'Europe/London',
  });
}

/** A YYYY-MM-DD date in the UI language, read as a calendar date (no time-zone shift). */
export function formatDate(isoDate: string, lang: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

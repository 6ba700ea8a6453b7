const format = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * The time of day in the Netherlands as HH:MM, rounded up to the next whole minute: "try again at
 * 14:36" must never name a moment at which it is still refused.
 */
export function amsterdamTime(at: Date): string {
  const minute = 60_000;
  return format.format(new Date(Math.ceil(at.getTime() / minute) * minute));
}

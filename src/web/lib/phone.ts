/** A tel: href for a number as printed (070-3614747, 013 549 8430): only its digits are dialled. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

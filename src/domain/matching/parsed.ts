/** The outcome of reading typed input: a value, or a Dutch message saying what is wrong. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const refused = <T>(error: string): Parsed<T> => ({ ok: false, error });

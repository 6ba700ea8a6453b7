/** Who chooses the password: what others know of them makes a weak password. */
export interface PasswordOwner {
  email: string;
  name?: string | null | undefined;
  /** The name of the owner's municipality (not its code). */
  municipality?: string | null | undefined;
}

/** Lower case without accents: "Súdwest-Fryslân" and "sudwest-fryslan" are the same word to a guesser. */
export const plain = (text: string): string => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The owner's own words, for the strength check: each text whole, run together ("jandevries",
 * "sudwestfryslan") and in its parts, with and without accents. Parts shorter than three letters
 * ("de", "j") would only blur the verdict on unrelated passwords.
 */
export function personalWords(owner: PasswordOwner): string[] {
  const email = owner.email.trim().toLowerCase();
  const words = new Set<string>();
  for (const text of [owner.name, email.split('@')[0], email, owner.municipality]) {
    const lower = text?.trim().toLowerCase();
    if (!lower) continue;
    for (const variant of new Set([lower, plain(lower)])) {
      words.add(variant);
      words.add(variant.replace(/[^\p{L}\p{N}]+/gu, ''));
      for (const part of variant.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
    }
  }
  words.delete('');
  return [...words];
}

import type { SignalSubject } from '../../domain/matching';

/** A municipality's subjects are dropped this long after its last search. */
const IDLE_MS = 10 * 60_000;

/**
 * The matchable subjects of each municipality's signals, decrypted once and kept in this process
 * (docs/decisions/0034-earlier-signal-subjects-in-memory.md). A submission never changes after it
 * is sent, so a signal's id is its key. The database decides which signals exist: every search
 * reads the ids it may see, and what is no longer among them (deleted by retention) is dropped.
 */
export class SignalSubjectsCache {
  readonly #byMunicipality = new Map<string, { usedAt: number; subjects: Map<string, SignalSubject[]> }>();
  #sweeper: NodeJS.Timeout | undefined;

  /**
   * The subjects of `ids`, in that order, decrypting only those not yet held. `keep` is not among
   * `ids` (a signal left out of its own search) but still exists.
   */
  async subjectsOf(
    municipality: string,
    ids: readonly string[],
    decrypt: (missing: string[]) => Promise<Map<string, SignalSubject[]>>,
    now: number,
    keep?: string,
  ): Promise<SignalSubject[][]> {
    this.#forgetIdle(now);
    let entry = this.#byMunicipality.get(municipality);
    if (!entry) {
      entry = { usedAt: now, subjects: new Map() };
      this.#byMunicipality.set(municipality, entry);
      // Without further searches nothing would drop what is held (a signal deleted by retention
      // meanwhile included): look every minute while anything is held.
      this.#sweeper ??= setInterval(() => this.#forgetIdle(Date.now()), 60_000).unref();
    }
    entry.usedAt = now;
    const held = entry.subjects;
    const missing = ids.filter((id) => !held.has(id));
    if (missing.length) for (const [id, subjects] of await decrypt(missing)) held.set(id, subjects);
    const present = new Set(ids);
    for (const id of held.keys()) if (!present.has(id) && id !== keep) held.delete(id);
    return ids.map((id) => held.get(id) ?? []);
  }

  /** How many signals' subjects are held, over all municipalities. */
  get size(): number {
    let n = 0;
    for (const { subjects } of this.#byMunicipality.values()) n += subjects.size;
    return n;
  }

  #forgetIdle(now: number): void {
    for (const [municipality, { usedAt }] of this.#byMunicipality) if (now - usedAt > IDLE_MS) this.#byMunicipality.delete(municipality);
    if (this.#byMunicipality.size === 0 && this.#sweeper) {
      clearInterval(this.#sweeper);
      this.#sweeper = undefined;
    }
  }
}

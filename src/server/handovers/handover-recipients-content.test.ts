import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../domain/content/content';
import { handoverPartners, isEmergencyNumber } from '../../domain/signal/handover-recipients';
import { loadContent } from '../content/load-content';
import { CONTENT_DIR } from '../test-support/test-app';

let content: Content;
beforeAll(async () => {
  ({ content } = await loadContent(CONTENT_DIR));
});

/** The partner names an AF of this municipality is offered for a handover. */
const offeredTo = (code: string) => {
  const place = content.municipality(code)!;
  return handoverPartners(content.partners(place.region, 'nl'), place).map((p) => p.name);
};

describe('handover partners from the real partner directory', () => {
  it('offers a Leiden AF the Hollands Midden house and not the Haaglanden one, nor 112', () => {
    const leiden = offeredTo('GM0546');
    expect(leiden).toContain('Zorg- en Veiligheidshuis Hollands Midden');
    expect(leiden).not.toContain('Zorg- en Veiligheidshuis Haaglanden');
    expect(leiden).not.toContain('Alarmnummer 112');
    expect(leiden).toContain('Politie');
  });

  it("offers a Den Haag AF the Haaglanden house and not Hollands Midden's", () => {
    const denHaag = offeredTo('GM0518');
    expect(denHaag).toContain('Zorg- en Veiligheidshuis Haaglanden');
    expect(denHaag).not.toContain('Zorg- en Veiligheidshuis Hollands Midden');
  });

  it("never offers another region's partner or the emergency number, to any municipality", () => {
    for (const m of content.municipalities) {
      for (const p of handoverPartners(content.partners(m.region, 'nl'), m)) {
        expect(p.regions.length === 0 || p.regions.includes(m.region), `${m.name}: ${p.name}`).toBe(true);
        for (const c of p.contacts) {
          expect(isEmergencyNumber(c.phone), `${m.name}: ${c.name}`).toBe(false);
          expect(c.subregion === null || c.subregion === m.subregion, `${m.name}: ${c.name}`).toBe(true);
        }
      }
    }
  });
});

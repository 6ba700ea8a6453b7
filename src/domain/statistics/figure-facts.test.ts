import { describe, expect, it } from 'vitest';
import { foldFigureFacts, NO_FIGURE_FACTS, type HistoryEntry } from './figure-facts';

const at = (day: number) => new Date(Date.UTC(2026, 0, day, 10));
const entry = (day: number, kind: string, data: Record<string, unknown> = {}): HistoryEntry => ({ at: at(day), kind, data });
const fold = (...entries: HistoryEntry[]) => entries.reduce(foldFigureFacts, NO_FIGURE_FACTS);

describe('the facts the figures count, folded from a signal\'s history', () => {
  it('keeps the first moment of each step, the last route chosen and every partner once', () => {
    const facts = fold(
      entry(1, 'ingediend', { riskGroups: ['sekswerkers', 'sekswerkers'] }),
      entry(2, 'vastleggen'),
      entry(3, 'vastleggen'),
      entry(4, 'route-gekozen', { mapId: 'den-haag-persoon', outcomeId: 'avim' }),
      entry(5, 'route-gekozen', { mapId: 'den-haag-persoon', outcomeId: 'nla' }),
      entry(6, 'overdracht', { partnerId: 'politie' }),
      entry(7, 'overdracht', { partnerId: 'nla' }),
      entry(8, 'overdracht', { partnerId: 'politie' }),
      entry(9, 'terugkoppeling-ontvangen'),
      entry(10, 'terugkoppeling-ontvangen'),
      entry(11, 'melder-informeren'),
      entry(12, 'melder-informeren'),
    );
    expect(facts).toEqual({
      recordedAt: at(2),
      handedOverAt: at(6),
      feedbackAt: at(9),
      reporterInformedAt: at(11),
      route: 'den-haag-persoon/nla',
      partners: ['nla', 'politie'],
      riskGroups: ['sekswerkers'],
      decided: false,
    });
  });

  it('counts the reporter as told of the feedback only from the feedback on (not passed on, reopened, handed over after all)', () => {
    const facts = fold(entry(1, 'ingediend'), entry(2, 'niet-doorzetten'), entry(3, 'melder-informeren'), entry(5, 'overdracht', { partnerId: 'shop' }), entry(9, 'terugkoppeling-ontvangen'), entry(10, 'melder-informeren'));
    expect(facts).toMatchObject({ decided: true, handedOverAt: at(5), feedbackAt: at(9), reporterInformedAt: at(10) });
  });

  it('tells a signal that was not passed on as told when the reporter was told', () => {
    expect(fold(entry(1, 'ingediend'), entry(2, 'vastleggen'), entry(3, 'niet-doorzetten'), entry(4, 'melder-informeren'))).toMatchObject({ decided: true, feedbackAt: null, reporterInformedAt: at(4) });
  });

  it('leaves the facts as they are for entries the figures do not count, and takes no risk groups from anything but a list', () => {
    const facts = fold(entry(1, 'ingediend', { riskGroups: 'sekswerkers' }), entry(2, 'notitie', { partnerId: 'x' }), entry(3, 'afsluiten'));
    expect(facts).toEqual(NO_FIGURE_FACTS);
  });
});

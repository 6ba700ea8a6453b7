import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingCompletions, users } from '../../src/server/db/schema';
import { inTenant } from '../../src/server/db/tenant';
import { TRAINING_MODULES } from '../../src/domain/training/tracks';
import { launchBrowser } from './support/browser';
import { byButton, byLabel, focusedField, tabToField } from './support/form-keys';
import { answerWithKeyboard } from './support/keyboard';
import { checkAtBothWidths } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { loggedInPage, seedUser, type SeededUser } from './support/users';

const LEIDEN = 'GM0546';

/**
 * The staff course (issue 11): a medewerker of Leiden (Eenheid Den Haag) picks a job, goes through
 * a module by keyboard, walks a case on the region's real route map to a wrong and then the right
 * outcome with the explanation, and finishes the module; the beheerder puts the medewerker in a
 * department and sees the completion rate per department on the figures page, the regiobeheerder
 * per municipality. Axe at both widths.
 */
describe('the staff course', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let medewerker: SeededUser;
  let beheerder: SeededUser;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    medewerker = await seedUser(server.db, { municipality: LEIDEN, roles: ['medewerker'], name: 'Toos Toezicht', email: 'toos@leiden.example' });
    beheerder = await seedUser(server.db, { municipality: LEIDEN, roles: ['beheerder'], name: 'Bas Beheer', email: 'bas@leiden.example' });
    // A colleague who finished the course, in a department, so the figures have a row to show.
    const done = await seedUser(server.db, { municipality: LEIDEN, roles: ['medewerker'], name: 'Pim Publiek', email: 'pim@leiden.example' });
    await inTenant(server.db, LEIDEN, async (tx) => {
      await tx.update(users).set({ department: 'Publiekszaken' }).where(eq(users.id, done.userId));
      for (const module of TRAINING_MODULES) await tx.insert(trainingCompletions).values({ userId: done.userId, municipality: LEIDEN, module, track: 'balie', completedAt: new Date() });
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const sessionPage = (user: SeededUser) => loggedInPage(browser, server, user, { goHome: true });

  /** Answers the last question of a walk by keyboard; focus goes to the verdict. */
  async function answerLast(page: Page, option: string): Promise<void> {
    await tabToField(page, (f) => f.type === 'radio');
    if (!(await focusedField(page)).checked) await page.keyboard.press('Space');
    for (let i = 0; i < 5 && (await focusedField(page)).label !== option; i++) await page.keyboard.press('ArrowDown');
    expect((await focusedField(page)).label).toBe(option);
    await tabToField(page, byButton('Volgende'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('sr-training-verdict'));
  }

  it('takes a medewerker through a module by keyboard, a case walked wrong and then right, to its completion', async () => {
    const { context, page } = await sessionPage(medewerker);
    const callout = page.getByRole('region', { name: 'Cursus: signalen herkennen' });
    await callout.getByText('U hebt 0 van de 4 modules afgerond.').waitFor();
    await callout.getByRole('link', { name: 'Naar de cursus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cursus: signalen van mensenhandel herkennen' }).waitFor();
    await checkAtBothWidths(page, 'cursus: functie kiezen', 'training-tracks');

    // The job, by keyboard: the inspector's cases.
    await page.locator('main h1').focus();
    // A radio group is one Tab stop: in at the first job, the arrow keys choose.
    await tabToField(page, (f) => f.type === 'radio');
    for (let i = 0; i < 4 && !/^Toezicht en handhaving/.test((await focusedField(page)).label); i++) await page.keyboard.press('ArrowDown');
    expect(await focusedField(page)).toMatchObject({ label: expect.stringMatching(/^Toezicht en handhaving/), checked: true });
    await tabToField(page, byButton('Begin met de cursus'));
    await page.keyboard.press('Enter');
    await page.getByText('Uw functie: Toezicht en handhaving.').waitFor();
    await checkAtBothWidths(page, 'cursus: modules', 'training-modules');

    // The module on labour exploitation: first the signals.
    await tabToField(page, byButton('Module arbeidsuitbuiting openen'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Signalen van arbeidsuitbuiting');
    await page.getByText(/Werkt in onveilige of ongezonde omstandigheden.*\(let hier in uw werk vooral op\)/).waitFor();
    await checkAtBothWidths(page, 'cursus: signalen', 'training-signals');
    await tabToField(page, byButton('Verder naar de casussen'));
    await page.keyboard.press('Enter');

    // The inspector's case, on Den Haag's own "Locatie" map.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Casus: Matrassen in de loods');
    await page.getByText(/routekaart van uw regio: Locatie\./).waitFor();
    expect(await answerWithKeyboard(page, 'Nee')).toBe('Zijn er signalen van illegale prostitutie of seksuele uitbuiting in een woning of in (vergunde) seksinrichting?');
    await answerLast(page, 'Ja');
    const verdict = page.locator('.sr-training-verdict');
    await verdict.getByText('Dit is niet de juiste uitkomst.').waitFor();
    expect(await verdict.textContent()).toContain('U kwam uit bij: HEIT Prostitutie.');
    expect(await verdict.textContent()).toContain('De juiste uitkomst is: Nederlandse Arbeidsinspectie (NLA).');
    expect(await verdict.textContent()).toContain('koos u “Ja”. Bij deze casus is het antwoord “Nee”. Er zijn geen signalen van prostitutie of seksuele uitbuiting in deze loods.');
    expect(await verdict.textContent()).toContain('Ingehouden paspoorten, wonen op het werk');
    expect(await page.getByRole('button', { name: 'Verder naar het gesprek' }).count()).toBe(0);
    await checkAtBothWidths(page, 'cursus: verkeerde uitkomst', 'training-wrong');

    // Again, to the right outcome.
    await tabToField(page, byButton('Opnieuw proberen'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Heeft het slachtoffer acute hulp of ingrijpen nodig?');
    await answerWithKeyboard(page, 'Nee');
    await answerWithKeyboard(page, 'Nee');
    await answerLast(page, 'Ja');
    await verdict.getByText('Goed: dit is de juiste uitkomst.').waitFor();
    expect(await verdict.textContent()).toContain('U kwam uit bij: Nederlandse Arbeidsinspectie (NLA).');
    await checkAtBothWidths(page, 'cursus: juiste uitkomst', 'training-right');

    // What helps and hinders in the conversation, cited; then the module is finished.
    await tabToField(page, byButton('Verder naar het gesprek'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Wat helpt en wat hindert in het gesprek');
    await page.getByText('Neem de tijd, neem de tijd, neem de tijd ...').waitFor();
    await page.getByText(/^Bron: Signalenkaart voor professionals: criminele uitbuiting/).waitFor();
    await checkAtBothWidths(page, 'cursus: het gesprek', 'training-conversation');
    await tabToField(page, byButton('Module afronden'));
    await page.keyboard.press('Enter');
    await page.getByText('U hebt de module arbeidsuitbuiting afgerond.').waitFor();
    await page.getByText('U hebt 1 van de 4 modules afgerond.').waitFor();
    const labour = page.getByRole('listitem').filter({ hasText: 'Arbeidsuitbuiting' });
    expect(await labour.textContent()).toContain('Afgerond');
    await checkAtBothWidths(page, 'cursus: module afgerond', 'training-finished');

    await page.goto('/');
    await callout.getByText('U hebt 1 van de 4 modules afgerond.').waitFor();
    await context.close();
  }, 240_000);

  it('shows the beheerder the completion rate per department, and the regiobeheerder per municipality', async () => {
    const { context, page } = await sessionPage(beheerder);
    // The beheerder puts Toos in a department, by keyboard, in the user management.
    await page.goto('/beheer/gebruikers');
    await page.getByRole('button', { name: 'Beheren: Toos Toezicht' }).click();
    await tabToField(page, byLabel('Afdeling'));
    await page.keyboard.type('Toezicht en handhaving');
    await tabToField(page, byButton('Wijzigingen opslaan'));
    await page.keyboard.press('Enter');
    await page.getByText('De gegevens van Toos Toezicht zijn opgeslagen.').waitFor();

    await page.goto('/cijfers');
    const table = page.getByRole('table', { name: 'Deelname aan de cursus per afdeling' });
    await table.waitFor();
    expect(await table.getByRole('row', { name: /Publiekszaken/ }).getByRole('cell').allInnerTexts()).toEqual(['1', '1', '100%']);
    expect(await table.getByRole('row', { name: /Toezicht en handhaving/ }).getByRole('cell').allInnerTexts()).toEqual(['1', '0', '0%']);
    expect(await table.getByRole('row', { name: /Geen afdeling ingevuld/ }).getByRole('cell').allInnerTexts()).toEqual(['1', '0', '0%']);
    await page.getByText(/^1 van de 3 actieve gebruikers hebben de cursus afgerond/).waitFor();
    await checkAtBothWidths(page, 'cijfers met cursusdeelname', 'training-statistics');
    await context.close();

    // The regiobeheerder sees Leiden among the region's municipalities, hidden: fewer than five users.
    const regio = await sessionPage(await seedUser(server.db, { municipality: LEIDEN, roles: ['regiobeheerder'], name: 'Rein Regio', email: 'rein@leiden.example' }));
    await regio.page.goto('/cijfers/regio');
    const perMunicipality = regio.page.getByRole('table', { name: 'Deelname aan de cursus per gemeente' });
    await perMunicipality.waitFor();
    expect(await perMunicipality.getByRole('row', { name: /Leiden/ }).getByRole('cell').allInnerTexts()).toEqual(['verborgen', 'verborgen', 'verborgen']);
    await regio.context.close();
  }, 120_000);
});

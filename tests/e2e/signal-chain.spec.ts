import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, WIDTHS } from './support/browser';
import { apiOf, chainPages, SUBMISSION } from './support/chain-pages';
import { startChainServer, type ChainServer } from './support/chain-server';
import { byButton, byLabel, focusedField, tabToField } from './support/form-keys';
import { checkAtBothWidths, expectLoggedInAs, expectTitle, settled, submitPassword } from './support/pages';
import { TestAuthenticator } from './support/totp';
import { seedSecondFactor, seedUser, type SeededUser } from './support/users';

// Issue 4's whole chain in Chromium, from the front desk to the partner and back (seed 004):
// the medewerker reports, the AF records, walks the route map and hands over by e-mail, the
// partner answers through the link from that e-mail (received by a real SMTP server in the test),
// the AF informs the reporter, the reporter reads it. Every page visited is checked with axe.

const LEIDEN = 'GM0546';
const VICTIM = 'Piet Pietersen';

describe('the signal chain', () => {
  let browser: Browser;
  let server: ChainServer;
  let reporter: SeededUser;
  let af: SeededUser;
  let afApp: TestAuthenticator;
  // The chain's clock runs ahead when a test moves it, to reach a due date without waiting.
  let clockOffsetMs = 0;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startChainServer({ now: () => new Date(Date.now() + clockOffsetMs) })]);
    reporter = await seedUser(server.db, { municipality: LEIDEN, roles: ['medewerker'], name: 'Mo Melder', email: 'mo.melder@leiden.example' });
    af = await seedUser(server.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'], name: 'Anna Aandacht', email: 'anna.aandacht@leiden.example' });
    afApp = new TestAuthenticator((await seedSecondFactor(server, af)).secret);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const { newPage, loggedIn, recordedSignal: recordedOf } = chainPages(
    () => browser,
    () => server,
  );
  const recordedSignal = () => recordedOf(reporter, af);

  /** axe and the page's basics at desktop width only (the main pages get both widths). */
  const checkDesktop = async (page: Page, where: string) => {
    await settled(page);
    expect(await page.locator('h1').count(), `${where}: één h1`).toBe(1);
    await expectTitle(page, / – Signaalroute$/, `${where}: titel`);
    await expectNoAxeViolations(page, where);
  };

  const logInAf = async (page: Page) => {
    await submitPassword(page, af.email, af.password);
    await page.getByLabel('Code van 6 cijfers').fill(afApp.nextCode());
    await page.getByRole('button', { name: 'Doorgaan' }).click();
  };

  it('runs from the front desk to the partner and back, by keyboard where a user types', async () => {
    // 1. The medewerker starts from the home page, logs in and comes back to the form.
    const desk = await newPage();
    let page = desk.page;
    await page.goto('/');
    await page.getByRole('link', { name: 'Signaal doorgeven', exact: true }).first().click();
    await page.waitForURL((url) => url.pathname === '/inloggen');
    await submitPassword(page, reporter.email, reporter.password);
    await page.waitForURL((url) => url.pathname === '/signaal-doorgeven');
    await page.getByRole('heading', { level: 1, name: 'Signaal doorgeven' }).waitFor();
    await expectLoggedInAs(page, reporter.name);
    // Acute danger first: the 112 notice is the first thing in the content.
    expect(await page.locator('main a[href="tel:112"]').first().isVisible()).toBe(true);
    await checkAtBothWidths(page, 'signaal doorgeven', 'signal-form');

    // 2. The form by keyboard: form of exploitation, a signal, free text, a person, danger, awareness.
    await page.locator('main h1').focus();
    await tabToField(page, byLabel('Arbeidsuitbuiting'));
    await page.keyboard.press('Space');
    const firstLabourSignal = await tabToField(page, (f) => f.type === 'checkbox' && f.label !== '' && !/uitbuiting|Orgaanhandel|Weet ik niet/.test(f.label));
    await page.keyboard.press('Space');
    expect((await focusedField(page)).checked).toBe(true);
    await tabToField(page, byLabel('Wat heeft u gezien of gehoord?'));
    await page.keyboard.type('Een man aan de balie wist zijn eigen adres niet en zijn werkgever hield zijn paspoort.');
    await tabToField(page, byLabel('Waar was dat?'));
    await page.keyboard.type('Balie stadskantoor');
    await tabToField(page, byButton('Persoon toevoegen'));
    await page.keyboard.press('Enter');
    // Focus goes to the new person's first field.
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    await page.keyboard.press('Space');
    expect(await focusedField(page)).toMatchObject({ label: 'Mogelijk slachtoffer', checked: true });
    await tabToField(page, byLabel('Naam'));
    await page.keyboard.type(VICTIM);
    await tabToField(page, byLabel('Of geschatte leeftijd'));
    await page.keyboard.type('34');
    await tabToField(page, byLabel('Nationaliteit'));
    await page.keyboard.type('Pools');
    await tabToField(page, byLabel('In welke sector speelt het?'));
    await page.keyboard.type('Bouw');
    await tabToField(page, (f) => f.type === 'radio' && f.label === 'Ja');
    await page.keyboard.press('ArrowDown');
    expect(await focusedField(page)).toMatchObject({ label: 'Nee', checked: true });
    await tabToField(page, (f) => f.type === 'radio' && f.label === 'Ja');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedField(page)).toMatchObject({ label: 'Weet ik niet', checked: true });
    await tabToField(page, byLabel('Uw telefoonnummer (niet verplicht)'));
    await page.keyboard.type('06 1234 5678');
    // The draft is kept quietly while typing.
    await page.getByText(/Concept opgeslagen om \d\d:\d\d/).waitFor();
    await tabToField(page, byButton('Signaal versturen'));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Uw signaal is doorgegeven' }).waitFor();
    const reference = (await page.locator('.sr-reference').textContent()) ?? '';
    expect(reference).toMatch(/^SR-0546-\d{4}-\d{4}$/);
    await checkAtBothWidths(page, 'signaal doorgegeven', 'signal-sent');
    void firstLabourSignal;

    // 3. The AF logs in with the code from the app and opens the signal from the inbox.
    const office = await newPage();
    const afPage = office.page;
    await afPage.goto('/signalen');
    await afPage.waitForURL((url) => url.pathname === '/inloggen');
    await logInAf(afPage);
    await afPage.waitForURL((url) => url.pathname === '/signalen');
    await afPage.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    await afPage.getByRole('link', { name: reference }).waitFor();
    await checkAtBothWidths(afPage, 'signalen', 'inbox');
    await afPage.getByRole('link', { name: reference }).click();
    await afPage.getByRole('heading', { level: 1, name: `Signaal ${reference}` }).waitFor();
    // The reporter's identity is there, marked confidential, for the AF only.
    const confidential = afPage.getByRole('region', { name: 'Vertrouwelijk: melder' });
    expect(await confidential.getByText(reporter.name).isVisible()).toBe(true);
    expect(await confidential.getByText(reporter.email).isVisible()).toBe(true);
    await checkAtBothWidths(afPage, 'signaal (ontvangen)', 'case');

    // 4. Record it (step 3).
    await afPage.getByRole('button', { name: 'Vastleggen' }).click();
    await afPage.getByText('Het signaal is vastgelegd.').waitFor();
    expect(await afPage.locator('.sr-case__badges').getByText('vastgelegd').isVisible()).toBe(true);

    // 5. Walk the region's route map in the case (step 4) and choose the outcome.
    await afPage.getByLabel('Of kies een routekaart van uw regio').selectOption('den-haag-persoon');
    await afPage.getByRole('button', { name: 'Begin met deze kaart' }).click();
    const answer = async (question: RegExp, option: string) => {
      const group = afPage.getByRole('group', { name: question });
      await group.waitFor();
      await group.getByLabel(option, { exact: true }).check();
      await afPage.getByRole('button', { name: 'Volgende' }).click();
    };
    await answer(/acute hulp of ingrijpen/, 'Nee');
    await answer(/aangifte doen/, 'Nee');
    await answer(/ondersteuning van een hulpverlener/, 'Nee');
    await answer(/ernstige zorgen/, 'Ja');
    await afPage.getByRole('heading', { name: 'Zorg- en Veiligheidshuis', exact: true }).waitFor();
    await checkDesktop(afPage, 'route in het signaal');
    await afPage.getByRole('button', { name: 'Deze route kiezen' }).click();
    await afPage.getByText('De route is vastgelegd bij het signaal.').waitFor();

    // 6. Hand over by e-mail (step 5): the route's partner is proposed; preview, then send.
    const handover = afPage.locator('#overdragen');
    expect(await handover.getByText(/Voorgesteld door de gekozen route/).isVisible()).toBe(true);
    await handover.getByLabel('Personen (met namen en kenmerken)').check();
    expect(await handover.getByText('de naam en contactgegevens van de melder worden nooit gedeeld').isVisible()).toBe(true);
    await handover.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    const preview = afPage.getByRole('region', { name: /^Voorbeeld: dit krijgt Zorg- en Veiligheidshuis/ });
    await preview.waitFor();
    expect(await preview.getByText(reference).isVisible()).toBe(true);
    expect(await preview.getByText(VICTIM).isVisible()).toBe(true);
    expect(await preview.textContent()).not.toContain(reporter.name);
    expect(await preview.textContent()).not.toContain(reporter.email);
    await checkAtBothWidths(afPage, 'overdracht: voorbeeld', 'handover-preview');
    await handover.getByLabel(/^E-mail naar/).check();
    await handover.getByRole('button', { name: 'Overdracht versturen' }).click();
    const confirm = afPage.getByRole('alertdialog', { name: 'Signaal overdragen?' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Ja, versturen' }).click();
    await afPage.getByText(/Het signaal is per e-mail overgedragen aan/).first().waitFor();

    // 7. The partner opens the link from the e-mail the SMTP server received.
    const mail = await server.smtp.waitFor((m) => (m.subject ?? '').includes(reference) && (m.text ?? '').includes('/terugkoppeling#token='));
    expect(mail.text).not.toContain(reporter.name);
    expect(mail.text).not.toContain(reporter.email);
    const link = /(http:\/\/\S+\/terugkoppeling#token=[A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1];
    expect(link).toBeTruthy();
    const partnerSide = await newPage();
    const partnerPage = partnerSide.page;
    await partnerPage.goto(link!);
    await partnerPage.getByRole('heading', { level: 1, name: 'Terugkoppeling geven' }).waitFor();
    await partnerPage.waitForFunction(() => window.location.hash === '');
    expect(partnerPage.url()).not.toContain('token');
    await partnerPage.getByText(reference).first().waitFor();
    expect(await partnerPage.getByText('Leiden', { exact: true }).isVisible()).toBe(true);
    await checkAtBothWidths(partnerPage, 'terugkoppeling (partner)', 'partner-feedback');
    await partnerPage.getByLabel('Opgepakt', { exact: true }).check();
    await partnerPage.getByLabel('Toelichting (niet verplicht)').fill('Wij gaan langs bij de werkgever.');
    await partnerPage.getByRole('button', { name: 'Terugkoppeling versturen' }).click();
    await partnerPage.getByRole('heading', { level: 1, name: 'Dank u wel' }).waitFor();
    await checkDesktop(partnerPage, 'terugkoppeling bedankt');
    await partnerSide.context.close();

    // 8. The AF sees the feedback and informs the reporter (step 6).
    await afPage.reload();
    await afPage.getByRole('heading', { level: 1, name: `Signaal ${reference}` }).waitFor();
    const handovers = afPage.locator('#overdrachten');
    await handovers.getByText('Opgepakt').waitFor();
    expect(await handovers.getByText('Wij gaan langs bij de werkgever.').isVisible()).toBe(true);
    expect(await afPage.locator('.sr-case__badges').getByText('terugkoppeling ontvangen').isVisible()).toBe(true);
    await afPage.getByRole('button', { name: 'Melder informeren…' }).click();
    const feedbackText = 'Uw signaal is overgedragen en de partner is ermee aan de slag. Dank voor het doorgeven.';
    await afPage.getByLabel('Bericht aan de melder').fill(feedbackText);
    await afPage.getByRole('button', { name: 'Bericht versturen' }).click();
    const informDialog = afPage.getByRole('alertdialog', { name: 'Dit bericht naar de melder sturen?' });
    await informDialog.waitFor();
    await informDialog.getByRole('button', { name: 'Ja, versturen' }).click();
    await afPage.getByText('Het bericht aan de melder is verstuurd.').waitFor();
    await checkAtBothWidths(afPage, 'signaal (melder geïnformeerd)', 'case-informed');
    const news = await server.smtp.waitFor((m) => m.to !== undefined && JSON.stringify(m.to).includes(reporter.email));
    expect(news.text ?? '').not.toContain(feedbackText);

    // 9. The reporter reads the feedback in Mijn signalen: status and text, nothing else.
    await page.getByRole('link', { name: 'Naar Mijn signalen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn signalen' }).waitFor();
    const mine = page.getByRole('article', { name: reference });
    await mine.getByText(feedbackText).waitFor();
    expect(await mine.getByText('melder geïnformeerd').isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).not.toContain(VICTIM);
    await checkAtBothWidths(page, 'mijn signalen', 'my-signals');

    await desk.context.close();
    await office.context.close();
    // The whole chain in several browsers: it passed 240 s on a slow CI machine (2026-12-07).
  }, 420_000);

  it('keeps the draft when the page is closed and puts it back on return', async () => {
    const { context, page } = await loggedIn(reporter);
    await page.goto('/signaal-doorgeven');
    await page.getByRole('heading', { level: 1, name: 'Signaal doorgeven' }).waitFor();
    await settled(page);
    await page.getByLabel('Seksuele uitbuiting').check();
    await page.getByLabel('Wat heeft u gezien of gehoord?').fill('Twee vrouwen wonen in een kantoorpand en lijken niet vrij te gaan.');
    await page.getByRole('button', { name: 'Adres toevoegen' }).click();
    await page.getByLabel('Postcode').fill('2312 CD');
    await page.getByLabel('Huisnummer').fill('7');
    await page.getByText(/Concept opgeslagen om \d\d:\d\d/).waitFor();
    await page.close();

    const again = await context.newPage();
    await again.goto('/signaal-doorgeven');
    await again.getByText(/Uw concept van .* is teruggezet/).waitFor();
    expect(await again.getByLabel('Seksuele uitbuiting').isChecked()).toBe(true);
    expect(await again.getByLabel('Wat heeft u gezien of gehoord?').inputValue()).toBe('Twee vrouwen wonen in een kantoorpand en lijken niet vrij te gaan.');
    expect(await again.getByLabel('Postcode').inputValue()).toBe('2312 CD');
    expect(await again.getByLabel('Huisnummer').inputValue()).toBe('7');
    await checkDesktop(again, 'signaal doorgeven (concept teruggezet)');

    // Starting again is asked first, then the draft is gone for good.
    await again.getByRole('button', { name: 'Opnieuw beginnen met een leeg formulier' }).click();
    const dialog = again.getByRole('alertdialog', { name: 'Opnieuw beginnen?' });
    await dialog.getByRole('button', { name: 'Ja, concept wissen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await again.getByLabel('Wat heeft u gezien of gehoord?').inputValue()).toBe('');
    const draft = await (await apiOf(again)).get<{ payload: unknown }>('/api/v1/signal-draft');
    expect(draft.payload).toBeNull();
    await context.close();
  }, 120_000);

  it('creates one signal for a double click and for a retry after a lost answer', async () => {
    const { context, page } = await loggedIn(reporter);
    const api = await apiOf(page);
    const before = (await api.get<unknown[]>('/api/v1/my-signals')).length;
    await page.goto('/signaal-doorgeven');
    await page.getByRole('heading', { level: 1, name: 'Signaal doorgeven' }).waitFor();
    await settled(page);
    await page.getByLabel('Weet ik niet').first().check();
    await page.getByLabel('Wat heeft u gezien of gehoord?').fill('Iemand slaapt in de opslag van een nagelsalon.');
    await page.getByRole('group', { name: 'Is er nu acuut gevaar voor iemand?' }).getByLabel('Nee').check();
    await page.getByRole('group', { name: /Weet de betrokkene/ }).getByLabel('Nee').check();

    // The server takes the signal, but its answer never reaches the browser (a dropped connection).
    let posts = 0;
    await page.route('**/api/v1/signals', async (route) => {
      posts += 1;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Signaal versturen' }).dblclick();
    await page.getByText(/Uw signaal is niet verstuurd: er is geen verbinding/).waitFor();
    // Long enough for the draft's save timer: a save after the server took the signal must not stay.
    await page.waitForTimeout(1500);
    // Nothing typed is lost.
    expect(await page.getByLabel('Wat heeft u gezien of gehoord?').inputValue()).toBe('Iemand slaapt in de opslag van een nagelsalon.');
    await page.unroute('**/api/v1/signals');

    await page.getByRole('button', { name: 'Signaal versturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uw signaal is doorgegeven' }).waitFor();
    const reference = (await page.locator('.sr-reference').textContent()) ?? '';
    expect(posts).toBeGreaterThanOrEqual(1);
    const after = await api.get<{ reference: string }[]>('/api/v1/my-signals');
    expect(after.length).toBe(before + 1);
    expect(after.filter((s) => s.reference === reference)).toHaveLength(1);
    // No draft lingers with a key that is already used: the next signal starts empty.
    expect((await api.get<{ payload: unknown }>('/api/v1/signal-draft')).payload).toBeNull();
    await context.close();
  }, 120_000);

  it('says in Dutch what is wrong beside each field, with an error summary that leads there', async () => {
    const { context, page } = await loggedIn(reporter);
    // Start from an empty form, whatever an earlier test left behind.
    await page.request.delete('/api/v1/signal-draft', { headers: { 'x-csrf-token': (await (await page.request.get('/api/v1/auth/session')).json()).csrfToken } });
    await page.goto('/signaal-doorgeven');
    await page.getByRole('heading', { level: 1, name: 'Signaal doorgeven' }).waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Adres toevoegen' }).click();
    await page.getByLabel('Postcode').fill('12');
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.getByLabel('Naam van de organisatie').fill('Schoonmaak BV');
    await page.getByLabel('KVK-nummer').fill('1234');
    await page.getByRole('button', { name: 'Signaal versturen' }).click();

    const summary = page.locator('.sr-error-summary');
    await summary.getByRole('heading', { name: /^Er zijn \d+ fouten in het formulier$/ }).waitFor();
    // Focus goes to the summary, which lists each problem as a link to its field.
    await page.waitForFunction(() => document.activeElement?.classList.contains('sr-error-summary'));
    const items = await summary.getByRole('link').allTextContents();
    expect(items).toEqual(
      expect.arrayContaining([
        'Vorm van uitbuiting: kies ten minste één vorm van uitbuiting, of "weet ik niet"',
        'Wat heeft u gezien: beschrijf wat u heeft gezien, of vink ten minste één signaal aan',
        'Organisatie 1, KVK-nummer: een KVK-nummer heeft 8 cijfers',
        'Adres 1, postcode: een postcode heeft de vorm 1234 AB',
        'Adres 1, huisnummer: vul het huisnummer in, alleen cijfers',
        'Acuut gevaar: geef aan of er acuut gevaar is',
        'Weet de betrokkene ervan: geef aan of de betrokkene van het signaal weet',
      ]),
    );
    // In the order of the form.
    expect(items[0]).toMatch(/^Vorm van uitbuiting/);
    expect(items.at(-1)).toMatch(/^Weet de betrokkene/);
    await checkAtBothWidths(page, 'signaal doorgeven met fouten', 'signal-form-errors');

    // A link puts focus on the field, whose message is read with it.
    await summary.getByRole('link', { name: /^Adres 1, postcode/ }).click();
    const postcode = page.getByLabel('Postcode');
    expect(await postcode.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('een postcode heeft de vorm 1234 AB', { exact: true }).isVisible()).toBe(true);
    const describedBy = (await postcode.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy.split(' ')[0]}`).textContent()).toContain('een postcode heeft de vorm 1234 AB');

    // Fixed fields lose their message at once; nothing typed was lost.
    await postcode.fill('2311 AB');
    await page.getByText('een postcode heeft de vorm 1234 AB', { exact: true }).waitFor({ state: 'detached' });
    expect(await page.getByLabel('Naam van de organisatie').inputValue()).toBe('Schoonmaak BV');
    await context.close();
  }, 120_000);

  it('tells the partner that a used link has been used', async () => {
    const signal = await recordedSignal();
    const office = await loggedIn(af);
    const sent = await (await apiOf(office.page)).post<{ feedbackLink: string }>(`/api/v1/signals/${signal.id}/handovers`, {
      partnerId: 'politie',
      contactId: 'politie-avim',
      parts: ['forms'],
      channel: 'phone',
    });
    await office.context.close();

    const partner = await newPage();
    await partner.page.goto(sent.feedbackLink);
    await partner.page.getByRole('heading', { level: 1, name: 'Terugkoppeling geven' }).waitFor();
    await partner.page.getByLabel('Doorgezet naar een andere organisatie').check();
    await partner.page.getByRole('button', { name: 'Terugkoppeling versturen' }).click();
    // Forwarded to whom: asked beside the field, in Dutch.
    await partner.page.getByText('vul in naar welke organisatie het signaal is doorgezet').waitFor();
    await partner.page.getByLabel('Naar welke organisatie is het doorgezet?').fill('Veilig Thuis');
    await partner.page.getByRole('button', { name: 'Terugkoppeling versturen' }).click();
    await partner.page.getByRole('heading', { level: 1, name: 'Dank u wel' }).waitFor();

    // The same link again: it says it was used, and who to contact instead.
    const later = await partner.context.newPage();
    await later.goto(sent.feedbackLink);
    await later.getByText(/Deze link is al gebruikt: de terugkoppeling is ontvangen/).waitFor();
    expect(await later.getByText(/gemeente Leiden/).first().isVisible()).toBe(true);
    expect(await later.getByRole('button', { name: 'Terugkoppeling versturen' }).count()).toBe(0);
    await checkAtBothWidths(later, 'terugkoppeling: link gebruikt', 'partner-feedback-used');

    // A link that is not (or no longer) known says so too.
    const unknown = await partner.context.newPage();
    await unknown.goto('/terugkoppeling#token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await unknown.getByText(/Deze link voor terugkoppeling is onbekend/).waitFor();
    await partner.context.close();
  }, 120_000);

  it('plans a signal meeting whose agenda shows no names, and records the decision on the signal', async () => {
    const signal = await recordedSignal();
    const { context, page } = await loggedIn(af);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signalenoverleggen' }).waitFor();
    await checkDesktop(page, 'overleggen');
    await page.getByLabel('Datum').fill('2026-12-03');
    await page.getByLabel('Titel').fill('Signalenoverleg december');
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signalenoverleg december' }).waitFor();

    await page.getByLabel('Signaal', { exact: true }).selectOption(signal.id);
    await page.getByRole('button', { name: 'Op de agenda zetten' }).click();
    const item = page.getByRole('article', { name: new RegExp(signal.reference) });
    await item.waitFor();
    const agenda = (await page.locator('main').textContent()) ?? '';
    expect(agenda).toContain('Persoon A');
    expect(agenda).toContain('Mogelijk slachtoffer');
    for (const name of ['Kees Jansen', reporter.name, reporter.email, af.name]) expect(agenda, `${name} op de agenda`).not.toContain(name);
    expect(agenda).not.toContain(SUBMISSION.description);
    await checkAtBothWidths(page, 'signalenoverleg', 'meeting');

    await item.getByRole('button', { name: /Besluit vastleggen/ }).click();
    await item.getByLabel(/Besluit over/).fill('Zorgcoördinator neemt contact op met school.');
    await item.getByRole('button', { name: 'Besluit opslaan' }).click();
    await page.getByText(`Het besluit over ${signal.reference} is vastgelegd.`).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Zorgcoördinator neemt contact op met school.');

    // The decision is on the signal's history.
    await item.getByRole('link', { name: `Naar signaal ${signal.reference}` }).click();
    await page.getByRole('heading', { level: 1, name: `Signaal ${signal.reference}` }).waitFor();
    const history = page.locator('#geschiedenis');
    await history.getByText('Zorgcoördinator neemt contact op met school.').waitFor();
    await context.close();
  }, 120_000);

  it('lets the beheerder set the feedback term', async () => {
    const beheerder = await seedUser(server.db, { municipality: LEIDEN, roles: ['beheerder'], name: 'Bea Beheer', email: 'bea.beheer@leiden.example' });
    const { context, page } = await loggedIn(beheerder);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    const days = page.getByLabel('Termijn voor terugkoppeling (dagen)');
    expect(await days.inputValue()).toBe('14');
    // Above the range the server also holds to: refused beside the field before anything is sent.
    await days.fill('91');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('vul een aantal dagen in van 1 tot en met 90').waitFor();
    expect(await days.evaluate((el) => el === document.activeElement)).toBe(true);
    await days.fill('21');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen: partners krijgen voortaan 21 dagen voor terugkoppeling.').waitFor();
    await checkAtBothWidths(page, 'instellingen');
    await context.close();
  }, 120_000);

  it('offers the form at the end of every route-map walk, and speaks English when asked', async () => {
    const { context, page } = await newPage();
    const outcomes = [
      '/routekaart/den-haag-persoon?antwoorden=no.no.no.yes',
      '/routekaart/den-haag-locatie?antwoorden=no.yes',
      '/routekaart/rotterdam?antwoorden=no.advies',
      '/routekaart/hart-van-brabant?antwoorden=no.no',
      '/routekaart/landelijk?antwoorden=no.no.no.no.no.yes',
    ];
    for (const outcome of outcomes) {
      await page.goto(outcome);
      const link = page.getByRole('link', { name: 'Signaal doorgeven aan de aandachtsfunctionaris' });
      await link.waitFor();
      expect(await link.getAttribute('href'), outcome).toBe('/signaal-doorgeven');
    }
    await checkDesktop(page, 'uitkomst met signaallink');
    await context.close();

    const english = await loggedIn(reporter, WIDTHS.phone);
    await english.page.evaluate(() => localStorage.setItem('signaalroute.taal', 'en'));
    await english.page.goto('/signaal-doorgeven');
    await english.page.getByRole('heading', { level: 1, name: 'Report a signal' }).waitFor();
    expect(await english.page.getAttribute('html', 'lang')).toBe('en');
    await english.page.getByRole('button', { name: 'Send signal' }).click();
    await english.page.getByRole('heading', { name: /^There are \d+ errors in the form$/ }).waitFor();
    await expectNoAxeViolations(english.page, 'report a signal (en, 375)');
    await english.context.close();
  }, 120_000);

  it('keeps notes and corrections in the history, the meldcode steps, a phone handover with its feedback, and a declined signal to the end', async () => {
    const signal = await recordedSignal();
    const { context, page } = await loggedIn(af);
    await page.goto(`/signalen/${signal.id}`);
    await page.getByRole('heading', { level: 1, name: `Signaal ${signal.reference}` }).waitFor();
    const history = page.locator('#geschiedenis');

    // A note, then a correction of it: both stay, linked to each other.
    await history.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await history.getByLabel('Notitie').fill('School gebeld: jongen is vaak afwezig.');
    await history.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.getByText('De notitie is toegevoegd.').waitFor();
    const note = history.getByRole('listitem').filter({ hasText: 'School gebeld: jongen is vaak afwezig.' });
    await note.getByRole('button', { name: /^Corrigeer/ }).click();
    await history.getByLabel('Correctie').fill('Niet de school maar de leerplichtambtenaar gebeld.');
    await history.getByRole('button', { name: 'Correctie opslaan' }).click();
    await page.getByText('De correctie is toegevoegd.').waitFor();
    expect(await history.getByText('School gebeld: jongen is vaak afwezig.').isVisible()).toBe(true);
    const correction = history.getByRole('listitem').filter({ hasText: 'Niet de school maar de leerplichtambtenaar gebeld.' });
    expect(await correction.getByText('Correctie op:').isVisible()).toBe(true);
    await correction.getByRole('link', { name: /^Notitie, / }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('School gebeld');
    expect(await note.getByText('Gecorrigeerd door:').isVisible()).toBe(true);

    // Criminal exploitation: the meldcode checklist, step by step with a date.
    const meldcode = page.locator('#meldcode');
    await meldcode.getByRole('button', { name: 'Stap 1 vastleggen' }).click();
    await meldcode.getByLabel('Datum').fill('2026-11-20');
    await meldcode.getByRole('button', { name: 'Stap 1 opslaan' }).click();
    await page.getByText('Meldcode-stap 1 is vastgelegd.').waitFor();
    expect(await meldcode.getByText('Gezet op 20 november 2026').isVisible()).toBe(true);

    // A handover by phone: the AF passes the one-time link on, and records the answer given by phone.
    const handover = page.locator('#overdragen');
    await handover.getByLabel('Partner').selectOption({ label: 'Politie' });
    await handover.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByRole('region', { name: /^Voorbeeld: dit krijgt Politie/ }).waitFor();
    await handover.getByLabel('Telefoon').check();
    await handover.getByLabel('Terugkoppeling binnen (dagen)').fill('7');
    await handover.getByRole('button', { name: 'Overdracht vastleggen' }).click();
    await page.getByRole('alertdialog', { name: 'Signaal overdragen?' }).getByRole('button', { name: 'Ja, vastleggen' }).click();
    await handover.getByText(/\/terugkoppeling#token=/).waitFor();
    expect(await handover.getByRole('button', { name: 'Link kopiëren' }).isVisible()).toBe(true);
    const handovers = page.locator('#overdrachten');
    await handovers.getByRole('heading', { name: 'Politie' }).waitFor();
    await handovers.getByRole('button', { name: 'Terugkoppeling vastleggen' }).click();
    await handovers.getByLabel('Niet opgepakt').check();
    await handovers.getByLabel('Toelichting (niet verplicht)').fill('Geen strafbaar feit gezien.');
    await handovers.getByRole('button', { name: 'Terugkoppeling vastleggen' }).click();
    await page.getByText('De terugkoppeling van Politie is vastgelegd.').waitFor();
    await handovers.getByText('Geen strafbaar feit gezien.').waitFor();
    expect(await page.locator('.sr-case__badges').getByText('terugkoppeling ontvangen').isVisible()).toBe(true);
    await checkAtBothWidths(page, 'signaal met geschiedenis', 'case-history');

    // Another signal is declined with a reason, the reporter told, closed after asking, and reopened.
    const declined = await recordedSignal();
    await page.goto(`/signalen/${declined.id}`);
    await page.getByRole('heading', { level: 1, name: `Signaal ${declined.reference}` }).waitFor();
    await page.getByRole('button', { name: 'Niet doorzetten…' }).click();
    await page.getByRole('button', { name: 'Niet doorzetten', exact: true }).click();
    await page.getByText('geef de reden op').waitFor();
    await page.getByLabel('Waarom wordt het signaal niet doorgezet?').fill('Bekend bij de wijkagent; geen nieuwe feiten.');
    await page.getByRole('button', { name: 'Niet doorzetten', exact: true }).click();
    await page.getByRole('alertdialog', { name: 'Signaal niet doorzetten?' }).getByRole('button', { name: 'Ja, niet doorzetten' }).click();
    await page.getByText('Vastgelegd dat het signaal niet wordt doorgezet. Informeer nu de melder.').waitFor();
    await page.getByRole('button', { name: 'Melder informeren…' }).click();
    await page.getByLabel('Bericht aan de melder').fill('Dank u. Dit signaal was al bekend; er is niets extra nodig.');
    await page.getByRole('button', { name: 'Bericht versturen' }).click();
    await page.getByRole('alertdialog', { name: 'Dit bericht naar de melder sturen?' }).getByRole('button', { name: 'Ja, versturen' }).click();
    await page.getByText('Het bericht aan de melder is verstuurd.').waitFor();
    await page.getByRole('button', { name: 'Afsluiten…' }).click();
    const closeDialog = page.getByRole('alertdialog', { name: 'Signaal afsluiten?' });
    // Cancel first: nothing happens.
    await closeDialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.locator('.sr-case__badges').getByText('melder geïnformeerd').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Afsluiten…' }).click();
    await closeDialog.getByRole('button', { name: 'Ja, afsluiten' }).click();
    await page.getByText('Het signaal is afgesloten.').waitFor();
    expect(await page.locator('.sr-case__badges').getByText('afgesloten').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Heropenen' }).click();
    await page.getByText('Het signaal is heropend.').waitFor();
    expect(await page.locator('.sr-case__badges').getByText('heropend').isVisible()).toBe(true);
    await checkDesktop(page, 'signaal heropend');
    await context.close();
  }, 180_000);

  it('marks feedback that is late in the inbox and on the handover, and filters on it', async () => {
    const signal = await recordedSignal();
    const before = await loggedIn(af);
    await (await apiOf(before.page)).post(`/api/v1/signals/${signal.id}/handovers`, { partnerId: 'politie', contactId: 'politie-avim', parts: ['forms'], channel: 'secure-mail', dueDays: 2 });
    await before.context.close();
    // Three days later: that session has long expired, the AF logs in again.
    clockOffsetMs = 3 * 24 * 60 * 60 * 1000;
    const { context, page } = await loggedIn(af);
    try {
      await page.goto('/signalen');
      const row = page.getByRole('row').filter({ hasText: signal.reference });
      await row.getByText('Terugkoppeling te laat').waitFor();
      expect(await row.textContent()).toMatch(/Terugkoppeling te laat \(uiterlijk \d{1,2} \w+ 2026\)/);
      await page.getByLabel('Alleen met terugkoppeling te laat').check();
      await page.getByRole('button', { name: 'Filteren' }).click();
      await page.waitForURL((url) => url.searchParams.get('overdue') === 'true');
      await page.getByText('1 openstaand signaal', { exact: true }).waitFor();
      expect(await page.getByRole('link', { name: signal.reference }).isVisible()).toBe(true);
      await checkAtBothWidths(page, 'signalen: terugkoppeling te laat', 'inbox-overdue');

      await page.getByRole('link', { name: signal.reference }).click();
      const card = page.locator('#overdrachten').getByRole('article', { name: 'Politie' });
      await card.getByText(/^Terugkoppeling te laat: gevraagd vóór/).waitFor();
      // The printable version is the server's own page, with the handover's reference.
      const print = await page.request.get((await card.getByRole('link', { name: /Afdrukbare versie/ }).getAttribute('href')) ?? '');
      expect(print.status()).toBe(200);
      expect(await print.text()).toContain(signal.reference);
    } finally {
      clockOffsetMs = 0;
      await context.close();
    }
  }, 120_000);
});

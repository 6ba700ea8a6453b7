import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactsFor } from '../../domain/routemap/walk';
import type { App } from '../http/types';
import { loginAs } from '../test-support/login-as';
import { pdfText } from '../test-support/pdf-text';
import { createTestApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
let app: App;

beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://signaalroute.example.nl' });
  app = t.app;
  const beheerder = await loginAs(t.database.db, { municipality: 'GM0546', roles: ['beheerder'] });
  const saved = await app.inject({
    method: 'PUT',
    url: '/api/v1/af-contact',
    headers: beheerder.headers,
    payload: { name: 'Fatima el Amrani', phone: '071-5165165', email: 'af@leiden.nl', hours: 'ma t/m do 9.00–17.00 uur' },
  });
  expect(saved.statusCode).toBe(200);
});
afterAll(() => t?.close());

async function card(url: string): Promise<string> {
  const res = await app.inject({ url });
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return pdfText(res.rawPayload).replace(/\s+/g, ' ');
}

/** The phone numbers of every contact the region's own trees send someone to, as the card must print them (112 is the box on top). */
function phonesOf(region: string, subregion: string | null = null): string[] {
  const view = t.content.region(region, 'nl')!;
  const maps = view.routemaps.map((id) => t.content.routemap(id, 'nl')!);
  const own = maps.filter((m) => m.region === region);
  const phones = (own.length ? own : maps).flatMap((map) =>
    Object.values(map.nodes).flatMap((node) => (node.type === 'outcome' ? contactsFor(map, node, { subregion }).map((c) => c.phone) : [])),
  );
  return [...new Set(phones.filter((p): p is string => p !== null && p !== '112'))];
}

describe('the printable route card', () => {
  it.each(['eenheid-den-haag', 'rotterdam-rijnmond', 'hart-van-brabant', 'landelijk'])('of %s puts 112 first and prints every partner phone number of its trees', async (region) => {
    const text = await card(`/api/v1/regions/${region}/route-card.pdf`);
    expect(text.indexOf('Acuut gevaar? Bel altijd eerst 112')).toBeGreaterThan(-1);
    expect(text.indexOf('Acuut gevaar? Bel altijd eerst 112')).toBeLessThan(text.indexOf('Scan voor de routekaart online'));
    for (const phone of phonesOf(region)) expect(text, phone).toContain(`Tel. ${phone}`);
    expect(text).toContain('Scan voor de signalen');
    expect(text).toMatch(/Versie van \d{1,2} [a-z]+ \d{4}/);
    // Without a municipality there is room to write the AF in by hand.
    expect(text).toContain('Aandachtsfunctionaris mensenhandel van uw gemeente');
  });

  it('shows both trees of Eenheid Den Haag, their questions and answers', async () => {
    const text = await card('/api/v1/regions/eenheid-den-haag/route-card.pdf');
    for (const title of ['Identificeerbaar slachtoffer (persoon)', 'Locatie']) expect(text).toContain(title);
    const persoon = t.content.routemap('den-haag-persoon', 'nl')!;
    for (const node of Object.values(persoon.nodes)) if (node.type === 'question') expect(text).toContain(node.text.slice(0, 30));
    expect(text).toContain('Seksuele uitbuiting / Criminele uitbuiting / Orgaanhandel');
    expect(text).toContain('HEIT Prostitutie');
    expect(text).toContain('www.denhaag.nl/nl/veiligheid/haags-economisch-');
  });

  it("for a municipality names its aandachtsfunctionaris and only its subregion's contacts", async () => {
    const text = await card('/api/v1/regions/eenheid-den-haag/route-card.pdf?municipality=GM0546');
    expect(text).toContain('Aandachtsfunctionaris mensenhandel van Leiden');
    for (const part of ['Fatima el Amrani', 'Tel. 071-5165165', 'af@leiden.nl', 'ma t/m do 9.00–17.00 uur']) expect(text).toContain(part);
    for (const phone of phonesOf('eenheid-den-haag', 'hollands-midden')) expect(text).toContain(`Tel. ${phone}`);
    expect(text).not.toContain('070-7570900'); // the Zorg- en Veiligheidshuis of Haaglanden
  });

  it('is in English on request', async () => {
    const text = await card('/api/v1/regions/eenheid-den-haag/route-card.pdf?lang=en&municipality=GM0546');
    expect(text).toContain('Acute danger? Always call 112 first');
    expect(text).toContain('Human trafficking officer of Leiden');
    expect(text).toContain('Identifiable victim (person)');
    expect(text).toContain('Scan for the signals');
  });

  it('has an A5 poster for the front desk: 112, the AF and the QR codes', async () => {
    const text = await card('/api/v1/regions/eenheid-den-haag/route-card.pdf?format=a5&municipality=GM0546');
    expect(text).toContain('Vermoedt u mensenhandel?');
    expect(text).toContain('Acuut gevaar? Bel altijd eerst 112');
    expect(text).toContain('Tel. 071-5165165');
    expect(text).toContain('Scan voor de routekaarten online');
    expect(text).toContain('Scan voor de signalen');
  });

  it('refuses an unknown region, or a municipality of another region', async () => {
    expect((await app.inject({ url: '/api/v1/regions/atlantis/route-card.pdf' })).statusCode).toBe(404);
    const other = await app.inject({ url: '/api/v1/regions/rotterdam-rijnmond/route-card.pdf?municipality=GM0546' });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.message).toContain('Leiden hoort niet bij regio');
    expect((await app.inject({ url: '/api/v1/regions/landelijk/route-card.pdf?format=a3' })).statusCode).toBe(400);
  });
});

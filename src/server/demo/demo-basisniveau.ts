import { eq } from 'drizzle-orm';
import type { ItemInput } from '../../domain/basisniveau/status';
import { addDutchDays, dutchDate } from '../../domain/time/dutch-calendar';
import { updateAfContact } from '../af-contact/commands/af-contact';
import { updateChecklistItem } from '../basisniveau/commands/checklist';
import { systemContext, userContext } from '../context/context';
import { inTransaction, run } from '../context/run';
import type { Services } from '../context/services';
import { users } from '../db/schema';
import { DEMO_MUNICIPALITIES } from './seed-demo-users';

type Confirmation = [item: string, status: ItemInput['status'], daysAgo: number | null, evidence: string | null];

/**
 * The basisniveau of the demo municipalities, partly confirmed by their beheerders, so that each
 * municipality's checklist and the regional matrix show a mix of statuses (Leiden and Den Haag
 * share a region; the other points stay unknown). Leiden has its AF recorded, so its AF point is met.
 */
const CONFIRMED: Record<string, Confirmation[]> = {
  GM0546: [
    ['aandachtsfunctionaris', 'voldaan', 400, 'Aangesteld bij collegebesluit; staat op intranet en op de routekaart aan de balie.'],
    ['interne-meldroute', 'voldaan', 300, 'Meldroute besproken in het teamoverleg van Publiekszaken en Handhaving.'],
    ['medewerkers-getraind', 'deels', 120, 'Balie en toezicht getraind; wijkteam en leerplicht volgen dit jaar.'],
    ['afspraken-ketenpartners', 'voldaan', 500, 'Convenant met RIEC Den Haag, afspraken met AVIM en SHOP.'],
    ['signaaloverleg', 'deels', 60, 'Maandelijks casusoverleg; de gemeente schuift nog niet steeds aan.'],
    ['zorgcoordinator-bekend', 'niet-voldaan', null, null],
  ],
  GM0518: [
    ['aandachtsfunctionaris', 'niet-voldaan', null, 'Vacature; de taak ligt tijdelijk bij het team Veiligheid.'],
    ['interne-meldroute', 'deels', 200, 'Alleen bekend bij Publiekszaken.'],
    ['afspraken-ketenpartners', 'voldaan', 700, 'Convenant RIEC en werkafspraken met HEIT.'],
    ['regionale-aanpak', 'voldaan', 365, 'Trekker van het regionale netwerk aandachtsfunctionarissen.'],
  ],
  GM0599: [
    ['interne-meldroute', 'voldaan', 250, 'Meldroutekaart op intranet.'],
    ['signaaloverleg', 'niet-voldaan', null, null],
  ],
  GM0855: [['zorgcoordinator-bekend', 'voldaan', 90, 'Zorgcoördinator bekend bij wijkteams en leerplicht.']],
};

export async function seedDemoBasisniveau(services: Services, now = new Date()): Promise<void> {
  for (const { code, slug } of DEMO_MUNICIPALITIES) {
    const confirmations = CONFIRMED[code];
    if (!confirmations) continue;
    const email = `beheerder@${slug}.demo.signaalroute.nl`;
    const [beheerder] = await inTransaction(systemContext(services, { municipality: code }), ({ tx }) => tx.select({ id: users.id }).from(users).where(eq(users.email, email)));
    if (!beheerder) continue;
    const ctx = userContext(services, { userId: beheerder.id, municipality: code }, 'beheerder');
    if (code === 'GM0546') {
      await run(ctx, updateAfContact, { name: 'Aad Aandachtsfunctionaris', phone: '071-5165165', email: 'aandachtsfunctionaris@leiden.demo.signaalroute.nl', hours: 'maandag t/m donderdag 9.00–17.00 uur' });
    }
    for (const [item, status, daysAgo, evidence] of confirmations) {
      const since = daysAgo === null ? null : dutchDate(addDutchDays(now, -daysAgo));
      await run(ctx, updateChecklistItem, { item, status, since, evidence, lang: 'nl' });
    }
  }
}

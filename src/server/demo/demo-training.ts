import { eq } from 'drizzle-orm';
import { addDutchDays } from '../../domain/time/dutch-calendar';
import { TRAINING_MODULES, type TrainingTrack } from '../../domain/training/tracks';
import { systemContext } from '../context/context';
import { inTransaction } from '../context/run';
import type { Services } from '../context/services';
import { trainingCompletions, users } from '../db/schema';
import { insertUser } from '../users/commands/insert-user';
import { DEMO_MUNICIPALITIES } from './seed-demo-users';

/** The department of each demo login: the medewerker works at the front desk. */
const DEPARTMENT_OF_ROLE: Record<string, string | null> = {
  medewerker: 'Publiekszaken',
  aandachtsfunctionaris: 'Openbare orde en veiligheid',
  beheerder: 'Informatievoorziening',
  auditor: 'Informatievoorziening',
  regiobeheerder: null,
};

type Colleague = [name: string, department: string | null, track: TrainingTrack, modulesDone: number];

/**
 * Colleagues without a login of their own (they would log in through the municipality's single
 * sign-on), so that the course figures per department show something: some finished the course,
 * some are halfway, some have not started. Leiden and Den Haag share a region, so the
 * regiobeheerder sees them side by side; Utrecht stays below the threshold and is hidden there.
 */
const COLLEAGUES: Record<string, Colleague[]> = {
  GM0546: [
    ['Sanne Balie', 'Publiekszaken', 'balie', 4],
    ['Joost Loket', 'Publiekszaken', 'balie', 4],
    ['Eva Inschrijving', 'Publiekszaken', 'balie', 2],
    ['Karim Toezicht', 'Toezicht en handhaving', 'toezicht', 4],
    ['Lotte Handhaving', 'Toezicht en handhaving', 'toezicht', 4],
    ['Bram Controle', 'Toezicht en handhaving', 'toezicht', 0],
    ['Noor Wijkteam', 'Wijkteam', 'wijkteam', 4],
    ['Femke Zorg', 'Wijkteam', 'wijkteam', 1],
    ['Ahmed Leerplicht', 'Leerplicht', 'leerplicht', 4],
    ['Ilse Verzuim', null, 'leerplicht', 0],
  ],
  GM0518: [
    ['Pieter Publiek', 'Publiekszaken', 'balie', 4],
    ['Yara Balie', 'Publiekszaken', 'balie', 3],
    ['Tim Stadsdeel', 'Publiekszaken', 'balie', 0],
    ['Mo Inspecteur', 'Toezicht en handhaving', 'toezicht', 4],
    ['Rik Boa', 'Toezicht en handhaving', 'toezicht', 4],
    ['Daan Handhaving', 'Toezicht en handhaving', 'toezicht', 4],
    ['Anouk Sociaal', 'Sociaal domein', 'wijkteam', 4],
    ['Roos Wijkteam', 'Sociaal domein', 'wijkteam', 2],
    ['Gijs Leerplicht', 'Leerplicht', 'leerplicht', 0],
  ],
  GM0599: [
    ['Lisa Loket', 'Publiekszaken', 'balie', 4],
    ['Hamza Toezicht', 'Toezicht en handhaving', 'toezicht', 4],
    ['Emma Wijk', 'Wijkteam', 'wijkteam', 0],
  ],
  GM0855: [
    ['Koen Leerplicht', 'Leerplicht', 'leerplicht', 4],
    ['Saar Wijkteam', 'Wijkteam', 'wijkteam', 4],
  ],
};

/** Departments for the demo users, colleagues with course completions spread over the past months. */
export async function seedDemoTraining(services: Services, now = new Date()): Promise<void> {
  for (const { code, slug } of DEMO_MUNICIPALITIES) {
    await inTransaction(systemContext(services, { municipality: code }), async ({ tx, audit }) => {
      for (const [role, department] of Object.entries(DEPARTMENT_OF_ROLE)) {
        await tx.update(users).set({ department }).where(eq(users.email, `${role}@${slug}.demo.signaalroute.nl`));
      }
      const colleagues = COLLEAGUES[code] ?? [];
      let completions = 0;
      for (const [index, [name, department, track, done]] of colleagues.entries()) {
        const email = `${name.toLowerCase().replace(/\s+/g, '.')}@${slug}.demo.signaalroute.nl`;
        const userId = await insertUser(tx, { municipality: code, name, email, roles: ['medewerker'], passwordHash: null, now });
        await tx.update(users).set({ department }).where(eq(users.id, userId));
        for (const [m, module] of TRAINING_MODULES.slice(0, done).entries()) {
          const completedAt = addDutchDays(now, -(20 + index * 9 + (done - m) * 3));
          await tx.insert(trainingCompletions).values({ userId, municipality: code, module, track, completedAt });
          completions += 1;
        }
      }
      await audit({ action: 'demo.seed', details: { colleagues: colleagues.length, trainingCompletions: completions } });
    });
  }
}

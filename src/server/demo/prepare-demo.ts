import path from 'node:path';
import { loadContent } from '../content/load-content';
import { startPublishedContent } from '../content/live-content';
import { openKeyring } from '../crypto/keyring';
import { openDatabase } from '../db/client';
import { claimInstanceMode } from '../instance/instance-mode';
import { createServices } from '../context/services';
import { createMailer } from '../mail/mailer';
import { seedDemoBasisniveau } from './demo-basisniveau';
import { seedDemoContentDraft } from './demo-content-draft';
import { seedDemoRegisters } from './demo-registers';
import { seedDemoTraining } from './demo-training';
import { seedDemoSignals } from './seed-demo-signals';
import { seedDemoUsers, type DemoUser } from './seed-demo-users';

/**
 * Fills an empty database with the demo: marks it as a demo first (which refuses a database that
 * holds real data), then the content and municipalities, the demo users and their signals, and a
 * regiobeheerder's draft in progress. The signals and
 * the users' TOTP secrets are encrypted with the key file the server opens next (beside the demo's data, as `npm run demo`
 * starts it), so the server can read them.
 */
export async function prepareDemo(options: { dataDir: string | null; databaseUrl: string | undefined; contentDir: string; encryptionKeyFile?: string }): Promise<{
  password: string;
  users: DemoUser[];
}> {
  const keyFile = options.encryptionKeyFile ?? (options.dataDir ? path.join(options.dataDir, 'encryption-keys.json') : null);
  if (!keyFile) throw new Error('De demo heeft een map voor de gegevens of een sleutelbestand nodig.');
  const loaded = await loadContent(options.contentDir);
  const database = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  try {
    await claimInstanceMode(database.db, 'demo');
    const { ring: keyring } = openKeyring(keyFile, new Date());
    const services = createServices({ database, content: loaded.content, contentFiles: loaded, keyring, mode: 'demo', mailer: createMailer({ smtpUrl: undefined, from: 'Signaalroute demo <noreply@localhost>' }) });
    // The region packs as the server serves them (ADR 28), and the municipality list they hold.
    await startPublishedContent(services);
    const demo = await seedDemoUsers(services);
    await seedDemoSignals(services);
    await seedDemoRegisters(services);
    await seedDemoBasisniveau(services);
    await seedDemoTraining(services);
    await seedDemoContentDraft(services);
    return demo;
  } finally {
    await database.close();
  }
}

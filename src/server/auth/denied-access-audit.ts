import { recordAudit } from '../audit/record-audit';
import type { Db } from '../db/client';
import type { App } from '../http/types';
import { inUserScope } from './user-scope';

/**
 * Every refusal of a logged-in user (403: a role without the right, a missing CSRF token) leaves an
 * audit record, so the auditor sees who tried what they may not (BIO2 8.15). Written just before
 * the answer goes out, in its own transaction (there is no change to go with it); a failure here
 * is logged and does not change the answer.
 * Anonymous refusals (401) are not recorded: they are what every visitor without a session gets.
 */
export function installDeniedAccessAudit(app: App, db: Db): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const session = request.authSession;
    if (reply.statusCode !== 403 || !session || !request.url.startsWith('/api/')) return payload;
    try {
      await inUserScope(db, session.municipality, (tx) =>
        recordAudit(tx, {
          municipality: session.municipality,
          actorUserId: session.userId,
          actor: 'gebruiker',
          action: 'access.denied',
          objectType: 'endpoint',
          objectId: `${request.method} ${request.routeOptions.url ?? ''}`,
          result: 'denied',
          origin: request.ip,
          details: { policy: request.routeOptions.config.policy ?? null },
        }),
      );
    } catch (error) {
      request.log.error({ err: error }, 'could not audit a refused request');
    }
    return payload;
  });
}

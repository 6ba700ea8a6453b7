import { POLICIES } from '../../domain/access/policies';
import type { Context } from '../context/context';
import { inTransaction } from '../context/run';
import type { App } from '../http/types';

/**
 * Every refusal of a logged-in user (403: a role without the right, a missing CSRF token) leaves an
 * audit record, so the auditor sees who tried what they may not (BIO2 8.15). Written just before
 * the answer goes out, in its own transaction (there is no change to go with it); a failure here
 * is logged and does not change the answer. The user acts in the capacity of the route's policy:
 * a refused request of a reporter's is shielded like the rest of what they do as reporter.
 * Anonymous refusals (401) are not recorded: they are what every visitor without a session gets.
 */
export function installDeniedAccessAudit(app: App): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const session = request.authSession;
    if (reply.statusCode !== 403 || !session || !request.url.startsWith('/api/')) return payload;
    const policy = request.routeOptions.config.policy;
    const ctx: Context = {
      services: app.services,
      actor: { kind: 'user', userId: session.userId, as: policy && POLICIES[policy].actingAs === 'melder' ? 'melder' : 'gebruiker', roles: [], municipality: session.municipality, region: null },
      municipality: session.municipality,
      origin: request.ip,
      publicUrl: '',
    };
    try {
      await inTransaction(ctx, (txCtx) =>
        txCtx.audit({
          action: 'access.denied',
          objectType: 'endpoint',
          objectId: `${request.method} ${request.routeOptions.url ?? ''}`,
          result: 'denied',
          details: { policy: policy ?? null },
        }),
      );
    } catch (error) {
      request.log.error({ err: error }, 'could not audit a refused request');
    }
    return payload;
  });
}

import type * as client from 'openid-client';

/** openid-client is loaded at the first SSO login, not at start: most installations log in by password. */
export const openidClient = () => import('openid-client');
import { sha256 } from '../secrets';

export interface ProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** Discovery documents change rarely; an hour keeps a key rotation or a moved endpoint from lingering. */
const CACHE_MS = 60 * 60_000;
const cache = new Map<string, { at: number; configuration: Promise<client.Configuration> }>();

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The openid-client configuration of a municipality's identity provider, from its discovery
 * document. Plain http is refused except on this machine (the provider started by the tests, or a
 * developer's Keycloak): tokens must never cross a network unencrypted.
 */
export function oidcConfiguration(provider: ProviderSettings, now = Date.now()): Promise<client.Configuration> {
  const key = [provider.issuer, provider.clientId, sha256(provider.clientSecret)].join('\n');
  const cached = cache.get(key);
  if (cached && now - cached.at < CACHE_MS) return cached.configuration;
  const issuer = new URL(provider.issuer);
  const insecureAllowed = issuer.protocol === 'http:' && LOCAL_HOSTS.has(issuer.hostname);
  const configuration = openidClient().then((oidc) =>
    oidc.discovery(issuer, provider.clientId, provider.clientSecret, undefined, {
      timeout: 10,
      ...(insecureAllowed ? { execute: [oidc.allowInsecureRequests] } : {}),
    }),
  );
  // A failed discovery (provider down) is not remembered: the next login tries again.
  configuration.catch(() => cache.delete(key));
  cache.set(key, { at: now, configuration });
  return configuration;
}

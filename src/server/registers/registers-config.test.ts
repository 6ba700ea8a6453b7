import { afterEach, describe, expect, it } from 'vitest';
import { dutchSeconds } from './lookup-result';
import { startRegisterServer, type LocalRegisterServer } from '../test-support/local-register-server';
import { ConfigError, parseConfig } from '../config';
import { createRegisterClients } from './registers-config';

const parseRegistersConfig = (env: NodeJS.ProcessEnv) => parseConfig(env).registers;

let server: LocalRegisterServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('registers configuration', () => {
  it('leaves both registers unlinked without variables, and waits 3 seconds by default', async () => {
    const config = parseRegistersConfig({ BAG_API_URL: '', KVK_API_KEY: '' });
    expect(config.timeoutMs).toBe(3000);
    const { bag, kvk } = createRegisterClients(config);
    expect(await bag.lookupAddress({ postcode: '2311AB', houseNumber: 12 })).toEqual({
      status: 'not-configured',
      message: 'De BAG is niet gekoppeld voor deze installatie.',
    });
    expect(await kvk.search({ name: 'Dagobert' })).toEqual({
      status: 'not-configured',
      message: 'Het Handelsregister van de KVK is niet gekoppeld voor deze installatie.',
    });
  });

  it('links a register that has both URL and key, with the configured deadline', async () => {
    server = await startRegisterServer(() => ({ status: 200, body: { pagina: 1, resultatenPerPagina: 10, totaal: 0, resultaten: [] } }));
    const config = parseRegistersConfig({ KVK_API_URL: server.url, KVK_API_KEY: 'k', BAG_API_URL: 'https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2', REGISTER_TIMEOUT_MS: '1500' });
    expect(config.timeoutMs).toBe(1500);
    const { bag, kvk } = createRegisterClients(config);
    expect(bag.enabled).toBe(false);
    expect(kvk.enabled).toBe(true);
    expect(await kvk.search({ name: 'Dagobert' })).toEqual({ status: 'ok', items: [] });
  });

  it('refuses plain http outside loopback and a nonsense deadline, without echoing the values', () => {
    let error: unknown;
    try {
      parseRegistersConfig({ BAG_API_URL: 'http://bag.example.nl/v2', KVK_API_URL: 'http://10.0.0.5', REGISTER_TIMEOUT_MS: 'soon', KVK_API_KEY: 'secret-key' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('BAG_API_URL: moet een https-adres zijn');
    expect(message).toContain('KVK_API_URL: moet een https-adres zijn');
    expect(message).toContain('REGISTER_TIMEOUT_MS');
    expect(message).not.toMatch(/bag\.example|10\.0\.0\.5|secret-key|soon/);
  });

  it('writes the deadline the Dutch way', () => {
    expect(dutchSeconds(3000)).toBe('3 seconden');
    expect(dutchSeconds(1000)).toBe('1 seconde');
    expect(dutchSeconds(1500)).toBe('1,5 seconden');
  });
});

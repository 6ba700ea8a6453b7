import { z } from 'zod';
import type { Logger } from '../context/services';
import { createBagClient, type BagClient } from './bag-client';
import { createKvkClient, type KvkClient } from './kvk-client';
import { isAllowedRegisterUrl } from './register-http';

const registerUrl = z
  .string()
  .refine(isAllowedRegisterUrl, 'moet een https-adres zijn (http alleen op 127.0.0.1 of localhost, voor tests)')
  .optional();

/**
 * The registers' environment. Each register is optional: without its URL and key the installation
 * works as before and the look-up says the register is not linked.
 */
export const registersEnvSchema = z.object({
  /** e.g. https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2 */
  BAG_API_URL: registerUrl,
  BAG_API_KEY: z.string().min(1).optional(),
  /** e.g. https://api.kvk.nl (the client adds /api/v2/zoeken) */
  KVK_API_URL: registerUrl,
  KVK_API_KEY: z.string().min(1).optional(),
  /** The longest a search waits for one register before it shows the rest without it. */
  REGISTER_TIMEOUT_MS: z.coerce.number().int().min(100, 'moet minstens 100 milliseconden zijn').max(60_000).default(3000),
});

export interface RegistersConfig {
  bag: { baseUrl: string | undefined; apiKey: string | undefined };
  kvk: { baseUrl: string | undefined; apiKey: string | undefined };
  timeoutMs: number;
}

/** The registers' part of the configuration (parsed with the rest in src/server/config.ts). */
export function registersConfigFrom(e: z.infer<typeof registersEnvSchema>): RegistersConfig {
  return {
    bag: { baseUrl: e.BAG_API_URL, apiKey: e.BAG_API_KEY },
    kvk: { baseUrl: e.KVK_API_URL, apiKey: e.KVK_API_KEY },
    timeoutMs: e.REGISTER_TIMEOUT_MS,
  };
}

export interface RegisterClients {
  bag: BagClient;
  kvk: KvkClient;
}

/** Both clients; one without its URL or key answers `not-configured` to every call. */
export function createRegisterClients(
  config: RegistersConfig,
  options: { fetch?: typeof fetch; logger?: Logger } = {},
): RegisterClients {
  return {
    bag: createBagClient({ ...config.bag, timeoutMs: config.timeoutMs, ...options }),
    kvk: createKvkClient({ ...config.kvk, timeoutMs: config.timeoutMs, ...options }),
  };
}

import type { AfContact, AfContactView } from '../../domain/af-contact/schema';
import { getJson, sendJson } from './client';

export const AF_CONTACT_KEY = ['af-contact'] as const;

/** Who the user's municipality's aandachtsfunctionaris is (any logged-in employee). */
export function getAfContact(): Promise<AfContactView> {
  return getJson<AfContactView>('/api/v1/af-contact', null);
}

/** The beheerder sets the aandachtsfunctionaris. */
export function saveAfContact(contact: AfContact): Promise<AfContactView> {
  return sendJson<AfContactView>('PUT', '/api/v1/af-contact', contact);
}

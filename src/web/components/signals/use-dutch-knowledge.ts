import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../api/client';
import type { KnowledgeView } from '../../api/types';

/**
 * The knowledge lists in Dutch, whatever the UI language: a handover goes to the partner in Dutch,
 * so its preview names forms, signals and sectors as the partner will read them.
 */
export function useDutchKnowledge() {
  return useQuery({ queryKey: ['knowledge', 'nl'], queryFn: () => getJson<KnowledgeView>('/api/v1/knowledge', 'nl'), staleTime: 10 * 60 * 1000 });
}

import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { loadBasisniveauTexts } from '../../i18n/lazy-texts';

/**
 * Renders its children once the checklist's texts are there: the sections sit on the figures
 * pages, which load only their own texts, so the sections bring theirs.
 */
export function WithBasisniveauTexts({ children }: { children: ReactNode }) {
  const texts = useQuery({ queryKey: ['texts', 'basisniveau'], queryFn: () => loadBasisniveauTexts().then(() => true), staleTime: Infinity });
  if (!texts.data) return null;
  return <>{children}</>;
}

import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { loadTrainingTexts } from '../../i18n/lazy-texts';

/** Renders its children once the course's texts are there (the figures pages load only their own). */
export function WithTrainingTexts({ children }: { children: ReactNode }) {
  const texts = useQuery({ queryKey: ['texts', 'training'], queryFn: () => loadTrainingTexts().then(() => true), staleTime: Infinity });
  if (!texts.data) return null;
  return <>{children}</>;
}

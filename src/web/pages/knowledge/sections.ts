/** The knowledge sub-pages in reading order; the slug is the URL segment under /kennis. */
export const KNOWLEDGE_SECTIONS = [
  { slug: 'vormen', key: 'forms' },
  { slug: 'signalen', key: 'signals' },
  { slug: 'risicogroepen', key: 'riskGroups' },
  { slug: 'sectoren', key: 'sectors' },
  { slug: 'gesprek', key: 'conversation' },
  { slug: 'meldcode', key: 'meldcode' },
  { slug: 'stappenplan', key: 'stepPlan' },
] as const;

export type KnowledgeSectionKey = (typeof KNOWLEDGE_SECTIONS)[number]['key'];

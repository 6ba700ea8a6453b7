// One lazy chunk for all knowledge pages: they share data and navigation.
export { KnowledgeIndexPage } from './knowledge-index-page';
export { KnowledgeSectionPage } from './knowledge-section-page';

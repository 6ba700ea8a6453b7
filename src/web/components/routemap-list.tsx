import { Paragraph } from '@utrecht/component-library-react';
import type { RouteMapSummary } from '../api/types';
import { AppLink } from './app-link';

/** Route maps as cards: the link names the map, the description says when to use it. */
export function RouteMapList({ maps }: { maps: RouteMapSummary[] }) {
  return (
    <ul className="sr-cards">
      {maps.map((map) => (
        <li key={map.id} className="sr-card">
          <AppLink to={`/routekaart/${map.id}`} className="sr-card__link">
            {map.title}
          </AppLink>
          <Paragraph className="sr-card__text">{map.description}</Paragraph>
        </li>
      ))}
    </ul>
  );
}

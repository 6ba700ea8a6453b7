import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionPackState } from '../../../../domain/content/region-pack-state';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { RequireLogin } from '../../../components/require-login';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useRegionPack } from './use-pack-draft';

interface Props {
  children: (region: string, state: RegionPackState) => ReactNode;
}

/** A page on the regiobeheerder's own region content: logged in, with a region, the pack loaded. */
export function RegionPackPage({ children }: Props) {
  const { t } = useTranslation('routemapEditor');
  return (
    <RequireLogin role="regiobeheerder">
      {(user) =>
        user.region ? (
          <Loaded region={user.region}>{children}</Loaded>
        ) : (
          <div className="sr-container">
            <Heading1>{t('editor.loadingTitle')}</Heading1>
            <Paragraph>{t('editor.noRegion')}</Paragraph>
          </div>
        )
      }
    </RequireLogin>
  );
}

function Loaded({ region, children }: Props & { region: string }) {
  const query = useRegionPack(region);
  if (query.isPending || query.isError) return <NotLoaded error={query.error} />;
  return <>{children(region, query.data)}</>;
}

/** Loading, or why it failed; the pages themselves set the title once the pack is there. */
function NotLoaded({ error }: { error: Error | null }) {
  const { t } = useTranslation('routemapEditor');
  useDocumentTitle(t('editor.loadingTitle'));
  if (!error) return <LoadingState />;
  return (
    <div className="sr-container">
      <Heading1>{t('editor.loadingTitle')}</Heading1>
      <QueryError error={error} />
    </div>
  );
}

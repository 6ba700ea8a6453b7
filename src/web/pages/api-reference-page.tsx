import { Code, Heading1, Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenApi } from '../api/queries';
import { ApiOperation } from '../components/api-operation';
import { LoadingState } from '../components/loading-state';
import { QueryError } from '../components/query-error';
import { useDocumentTitle } from '../hooks/use-document-title';
import { listOperations } from '../lib/openapi';

/**
 * The API reference, rendered from /api/v1/openapi.json as plain headings, tables and JSON so
 * it reads well with a screen reader and on a phone (no third-party viewer).
 */
export function ApiReferencePage() {
  const { t } = useTranslation();
  const query = useOpenApi();
  const operations = useMemo(() => (query.data ? listOperations(query.data) : []), [query.data]);
  useDocumentTitle(t('api.title'));
  return (
    <div className="sr-container">
      <Heading1>{t('api.title')}</Heading1>
      <Paragraph>
        {t('api.intro')} <Link href="/api/v1/openapi.json">{t('api.download')}</Link>
      </Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryError error={query.error} />}
      {query.data && (
        <>
          {query.data.info?.title && (
            <Paragraph>
              {query.data.info.title} <Code>{query.data.info.version ?? ''}</Code> · OpenAPI {query.data.openapi}
            </Paragraph>
          )}
          <nav aria-labelledby="api-toc" className="sr-toc">
            <Heading2 id="api-toc">{t('api.operations')}</Heading2>
            <ul className="sr-toc__list">
              {operations.map((entry) => (
                <li key={entry.anchor}>
                  <Link href={`#${entry.anchor}`}>
                    <span className="sr-method-text">{entry.method.toUpperCase()}</span> {entry.path}
                  </Link>
                  {entry.operation.summary && <> – {entry.operation.summary}</>}
                </li>
              ))}
            </ul>
          </nav>
          {operations.map((entry) => (
            <ApiOperation key={entry.anchor} entry={entry} doc={query.data} />
          ))}
        </>
      )}
    </div>
  );
}

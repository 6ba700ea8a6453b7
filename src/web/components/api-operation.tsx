import {
  Code,
  Heading2,
  Heading3,
  Heading4,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { OpenApiDocument } from '../api/types';
import { describeType, resolveRefs, type OperationEntry } from '../lib/openapi';
import { JsonBlock } from './json-block';

/**
 * One operation: method, path and summary, with its parameters, request body and responses
 * behind a disclosure that opens when the table of contents links to it. Only opened details
 * are put in the page: all 64 operations at once were ~5,700 elements, slow on a phone.
 */
export function ApiOperation({ entry, doc }: { entry: OperationEntry; doc: OpenApiDocument }) {
  const { t } = useTranslation();
  const { operation: op, method, path, anchor } = entry;
  const { hash } = useLocation();
  const [open, setOpen] = useState(false);
  const shown = open || hash === `#${anchor}`;
  return (
    <section id={anchor} aria-labelledby={`${anchor}-h`} className="sr-operation">
      <Heading2 id={`${anchor}-h`} className="sr-operation__title">
        <span className={`sr-method sr-method--${method}`}>{method.toUpperCase()}</span> <Code>{path}</Code>
      </Heading2>
      {op.summary && <Paragraph lead>{op.summary}</Paragraph>}
      {op.description && op.description !== op.summary && <Paragraph>{op.description}</Paragraph>}
      <details open={shown} onToggle={(event) => setOpen(event.currentTarget.open)} className="sr-operation__details">
        <summary>{t('api.details')}</summary>
        {shown && <OperationDetails entry={entry} doc={doc} />}
      </details>
    </section>
  );
}

function OperationDetails({ entry, doc }: { entry: OperationEntry; doc: OpenApiDocument }) {
  const { t } = useTranslation();
  const { operation: op, method, path } = entry;
  const title = `${method.toUpperCase()} ${path}`;
  const parameters = op.parameters ?? [];
  const body = Object.entries(op.requestBody?.content ?? {});
  const responses = Object.entries(op.responses ?? {});
  return (
    <>

      <Heading3>{t('api.parameters')}</Heading3>
      {parameters.length === 0 ? (
        <Paragraph>{t('api.none')}</Paragraph>
      ) : (
        <div className="sr-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('api.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('api.in')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('api.type')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('api.description')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {parameters.map((p) => (
                <TableRow key={`${p.in}-${p.name}`}>
                  <TableCell>
                    <Code>{p.name}</Code>
                    {p.required && <> ({t('api.required')})</>}
                  </TableCell>
                  <TableCell>{p.in}</TableCell>
                  <TableCell>{describeType(resolveRefs(p.schema, doc))}</TableCell>
                  <TableCell>{p.description ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}

      {body.length > 0 && (
        <>
          <Heading3>{t('api.requestBody')}</Heading3>
          {body.map(([type, media]) => (
            <div key={type}>
              <Paragraph>
                <Code>{type}</Code>
                {op.requestBody?.required ? ` (${t('api.required')})` : ''}
              </Paragraph>
              <JsonBlock value={resolveRefs(media.schema ?? {}, doc)} label={t('api.schemaOf', { what: `${title} ${t('api.requestBody')}` })} />
            </div>
          ))}
        </>
      )}

      <Heading3>{t('api.responses')}</Heading3>
      {responses.map(([status, response]) => (
        <div key={status} className="sr-response">
          <Heading4>
            <Code>{status}</Code> {response.description ?? ''}
          </Heading4>
          {Object.entries(response.content ?? {}).map(([type, media]) => (
            <div key={type}>
              <Paragraph small>
                <Code>{type}</Code>
              </Paragraph>
              {media.schema !== undefined && (
                <JsonBlock value={resolveRefs(media.schema, doc)} label={t('api.schemaOf', { what: `${title} ${status}` })} />
              )}
            </div>
          ))}
        </div>
      ))}
    </>
  );
}

import './basisniveau.css';
import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getRegionMatrix, REGION_MATRIX_KEY } from '../../api/basisniveau-api';
import { LoadingState } from '../../components/loading-state';
import { QueryError } from '../../components/query-error';
import { StatusLabel } from './checklist-item-details';
import { WithBasisniveauTexts } from './with-texts';

/**
 * The regiobeheerder's matrix on the region's figures page: per municipality of the region the
 * status of every point, side by side. Only statuses: the rest stays with the municipality.
 */
export function BasisniveauRegionSection() {
  return (
    <WithBasisniveauTexts>
      <RegionMatrix />
    </WithBasisniveauTexts>
  );
}

function RegionMatrix() {
  const { t, i18n } = useTranslation('basisniveau');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const headingId = useId();
  const captionId = useId();
  const matrix = useQuery({ queryKey: [...REGION_MATRIX_KEY, lang], queryFn: () => getRegionMatrix(lang) });
  return (
    <div className="sr-container">
      <section aria-labelledby={headingId} className="sr-section sr-basisniveau">
        <Heading2 id={headingId}>{t('region.heading')}</Heading2>
        {matrix.isPending ? (
          <LoadingState />
        ) : matrix.isError ? (
          <QueryError error={matrix.error} />
        ) : (
          <>
            <Paragraph>{t('region.intro', { region: matrix.data.region.name })}</Paragraph>
            <details className="sr-basisniveau-points">
              <summary>{t('region.items')}</summary>
              <dl>
                {matrix.data.items.map((item) => (
                  <div key={item.id}>
                    <dt>{item.short}</dt>
                    <dd>{item.title}</dd>
                  </div>
                ))}
              </dl>
            </details>
            <div className="sr-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
              <Table className="sr-basisniveau-matrix">
                <TableCaption id={captionId}>{t('region.caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('region.municipality')}</TableHeaderCell>
                    {matrix.data.items.map((item) => (
                      <TableHeaderCell key={item.id} scope="col">
                        {item.short}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {matrix.data.municipalities.map((m) => (
                    <TableRow key={m.code}>
                      <TableHeaderCell scope="row">{m.name}</TableHeaderCell>
                      {matrix.data.items.map((item) => (
                        <TableCell key={item.id}>
                          <StatusLabel status={m.statuses[item.id] ?? 'onbekend'} />
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}

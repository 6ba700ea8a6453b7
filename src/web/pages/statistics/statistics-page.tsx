import './statistics.css';
import { RequireLogin } from '../../components/require-login';
import { BasisniveauRegionSection } from '../basisniveau/region-matrix-section';
import { BasisniveauSection } from '../basisniveau/basisniveau-section';
import { TrainingRegionSection, TrainingStatisticsSection } from '../training/training-statistics-section';
import { StatisticsView } from './statistics-view';

/** The municipality's figures, for its AF and beheerder (docs/decisions/0021-management-information.md). */
export function StatisticsPage() {
  return (
    <RequireLogin role={['aandachtsfunctionaris', 'beheerder']}>
      {() => (
        <>
          <StatisticsView scope="municipality" />
          <BasisniveauSection />
          <TrainingStatisticsSection />
        </>
      )}
    </RequireLogin>
  );
}

/** The region's figures for the regiobeheerder: totals of its municipalities, small numbers hidden. */
export function RegionStatisticsPage() {
  return (
    <RequireLogin role="regiobeheerder">
      {() => (
        <>
          <StatisticsView scope="region" />
          <BasisniveauRegionSection />
          <TrainingRegionSection />
        </>
      )}
    </RequireLogin>
  );
}

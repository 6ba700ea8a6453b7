import type { ContentFiles } from './content-files';
import { EXPLOITATION_FORMS } from '../knowledge/schema';
import { fixturePartners, fixtureSources, validMapFile } from '../routemap/test-fixtures';
import { fixtureInfoPoint } from '../info-point/test-fixtures';

/**
 * Test data only: a small, complete and valid content set (one region with two subregions, a
 * national fallback region, the route-map fixture, minimal knowledge). Tests break one thing.
 */
export function validContentFiles(): ContentFiles {
  const steps = (n: number) => Array.from({ length: n }, (_, i) => ({ number: i + 1, title: `Stap ${i + 1}` }));
  const nationalMap = validMapFile();
  nationalMap.id = 'landelijk-persoon';
  nationalMap.region = 'landelijk';
  // The national map must not use the regional Zorg- en Veiligheidshuis.
  for (const node of nationalMap.nodes) if (node.type === 'outcome' && node.id === 'zvh') node.contacts = ['politie-avim'];
  return {
    sources: { file: 'sources.yaml', data: { sources: fixtureSources() } },
    regions: {
      file: 'regions/regions.yaml',
      data: {
        regions: [
          {
            id: 'proefregio',
            name: 'Proefregio',
            fallback: false,
            subregions: [
              { id: 'haaglanden', name: 'Haaglanden' },
              { id: 'hollands-midden', name: 'Hollands Midden' },
            ],
            routemaps: ['proef-persoon'],
          },
          { id: 'landelijk', name: { nl: 'Landelijk', en: 'National' }, fallback: true, subregions: [], routemaps: ['landelijk-persoon'] },
        ],
      },
    },
    municipalities: {
      file: 'regions/municipalities.yaml',
      data: {
        source: 'test',
        municipalities: [
          { code: 'GM0518', name: "'s-Gravenhage", region: 'proefregio', subregion: 'haaglanden' },
          { code: 'GM0546', name: 'Leiden', region: 'proefregio', subregion: 'hollands-midden' },
          { code: 'GM0855', name: 'Tilburg' },
        ],
      },
    },
    partners: [
      { file: 'partners/landelijk.yaml', data: { partners: fixturePartners().filter((p) => p.regions.length === 0) } },
      { file: 'partners/proefregio.yaml', data: { partners: fixturePartners().filter((p) => p.regions.length > 0) } },
    ],
    routemaps: [
      { file: 'routemaps/proef-persoon.yaml', data: validMapFile() },
      { file: 'routemaps/landelijk-persoon.yaml', data: nationalMap },
    ],
    knowledge: {
      forms: {
        file: 'knowledge/forms.yaml',
        data: {
          trafficking: { definition: 'Mensenhandel is…', source: 'test' },
          forms: EXPLOITATION_FORMS.map((id) => ({
            id,
            name: id,
            definition: `Definitie ${id}`,
            source: 'test',
            signals: [
              { id: `${id}-1`, text: 'Signaal 1', source: 'test' },
              { id: `${id}-2`, text: { nl: 'Signaal 2', en: 'Signal 2' }, source: 'test' },
            ],
          })),
        },
      },
      riskGroups: { file: 'knowledge/risk-groups.yaml', data: { riskGroups: [{ id: 'minderjarigen', name: 'Minderjarigen', forms: ['sexual'], source: 'test' }] } },
      sectors: {
        file: 'knowledge/sectors.yaml',
        data: { sectors: [{ id: 'land-en-tuinbouw', name: 'Land- en tuinbouw', forms: ['labour'], source: 'test', kind: 'sensitive' }] },
      },
      conversation: {
        file: 'knowledge/conversation.yaml',
        data: {
          intro: 'Gesprek',
          source: 'test',
          promoting: [{ id: 'tijd-nemen', text: 'Neem de tijd', source: 'test' }],
          hindering: [{ id: 'oordelen', text: 'Oordelen', source: 'test' }],
        },
      },
      steps: {
        file: 'knowledge/steps.yaml',
        data: {
          meldcode: { intro: 'Meldcode', source: 'test', steps: steps(5) },
          stepPlan: { intro: 'Stappenplan', source: 'test', steps: steps(6) },
        },
      },
    },
    infoPoint: fixtureInfoPoint(),
  };
}

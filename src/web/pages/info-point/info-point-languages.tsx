import type { InfoPointLanguageView } from '../../../domain/info-point/view';
import { AppLink } from '../../components/app-link';

interface Props {
  languages: InfoPointLanguageView[];
  current: string | null;
  region: string | null;
  label: string;
  /** The language of `label`. */
  labelLang: string;
}

/**
 * Every language named in itself and marked with its lang and direction, so a visitor who reads
 * none of the others still finds their own. Keeps the chosen region.
 */
export function InfoPointLanguages({ languages, current, region, label, labelLang }: Props) {
  return (
    <nav aria-label={label} lang={labelLang} className="sr-info-languages">
      <ul className="sr-info-languages__list">
        {languages.map((l) => (
          <li key={l.lang}>
            <AppLink
              to={`/informatie/${l.lang}${region ? `?regio=${encodeURIComponent(region)}` : ''}`}
              lang={l.lang}
              dir={l.dir}
              hrefLang={l.lang}
              aria-current={l.lang === current ? 'page' : undefined}
              className="sr-info-languages__link"
            >
              {l.name}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

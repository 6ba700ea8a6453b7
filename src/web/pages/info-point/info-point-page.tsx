import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import '@fontsource/noto-serif/latin-ext-700.css';
import '@fontsource/noto-serif/cyrillic-700.css';
import { Alert, Button, FormLabel, Heading1, Heading2, Link, Paragraph, Select, SelectOption, Strong } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { InfoPointView } from '../../../domain/info-point/view';
import { posterHref, useInfoPoint } from '../../api/info-point-api';
import { LoadingState } from '../../components/loading-state';
import { QueryError } from '../../components/query-error';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { telHref } from '../../lib/phone';
import { InfoPointLanguages } from './info-point-languages';

/**
 * The information point in one language, for people who may be exploited. Everything on it is in
 * the visitor's language (marked with lang and dir), whatever the app's own language is; only the
 * site's frame stays in Dutch or English. 112 comes first.
 */
export function InfoPointPage() {
  const { lang = 'nl' } = useParams();
  const [search] = useSearchParams();
  const region = search.get('regio');
  const query = useInfoPoint(lang, region);
  useDocumentTitle(query.data?.title);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <QueryError error={query.error} />;
  return <InfoPointContent view={query.data} />;
}

function InfoPointContent({ view }: { view: InfoPointView }) {
  const { labels } = view;
  const sourcesId = useId();
  const sources = [...new Set(view.sections.flatMap((s) => s.sources))];
  return (
    <article lang={view.lang} dir={view.dir} className="sr-container sr-info">
      <Alert type="error" role="note" className="sr-emergency">
        <Paragraph className="sr-emergency__text">
          <Link href="tel:112" className="sr-info__emergency">
            {view.emergency}
          </Link>
        </Paragraph>
      </Alert>
      {/* Near the top: a visitor who landed on the wrong language finds their own at once. */}
      <InfoPointLanguages languages={view.languages} current={view.lang} region={view.region?.id ?? null} label={labels.languages} labelLang={view.lang} />
      <Heading1>{view.title}</Heading1>
      <TranslationCheck view={view} />
      <Paragraph lead>{view.intro}</Paragraph>
      {view.sections.map((section) => (
        <Section key={section.id} title={section.title}>
          {section.paragraphs.map((p) => (
            <Paragraph key={p}>{p}</Paragraph>
          ))}
        </Section>
      ))}
      <RegionChoice view={view} />
      {view.contactGroups.map((group) => (
        <Section key={group.id} title={group.title}>
          <Paragraph>{group.text}</Paragraph>
          <ul className="sr-info__contacts">
            {group.contacts.map((c) => (
              <li key={`${c.partner}-${c.phone ?? c.url}`}>
                <Strong>{c.partner}</Strong>
                {c.phone && (
                  <Paragraph>
                    {labels.phone}:{' '}
                    <Link href={telHref(c.phone)} className="sr-info__phone">
                      {c.phone}
                    </Link>
                  </Paragraph>
                )}
                {c.url && (
                  <Paragraph>
                    {labels.website}:{' '}
                    <Link href={c.url} rel="noopener noreferrer" className="sr-break">
                      {c.url.replace(/^https?:\/\//, '')}
                    </Link>
                  </Paragraph>
                )}
              </li>
            ))}
          </ul>
        </Section>
      ))}
      <Paragraph>
        <Link href={posterHref(view.lang, view.region?.id ?? null)}>{labels.poster}</Link>
      </Paragraph>
      {sources.length > 0 && (
        <section aria-labelledby={sourcesId} className="sr-section">
          <Heading2 id={sourcesId}>{labels.sources}</Heading2>
          {/* The documents are cited by their own (Dutch) titles. */}
          <ul lang="nl" dir="ltr" className="sr-links">
            {sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="sr-section">
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}

/** Who checked the translation; an unchecked one says so in its own language and in Dutch, for the staff who hand it out. */
function TranslationCheck({ view }: { view: InfoPointView }) {
  if (view.checkedBy) {
    // The date in the page's language, read as a calendar date.
    const date = view.checkedOn ? new Intl.DateTimeFormat(view.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${view.checkedOn}T12:00:00Z`)) : '';
    return <Paragraph className="sr-info__checked">{view.labels.checked.replace('{name}', view.checkedBy).replace('{date}', date)}</Paragraph>;
  }
  return (
    <Alert type="warning" role="note" className="sr-info__unchecked">
      <Paragraph>{view.labels.unchecked}</Paragraph>
      {view.uncheckedInDutch && (
        <Paragraph lang="nl" dir="ltr">
          {view.uncheckedInDutch}
        </Paragraph>
      )}
    </Alert>
  );
}

/** The region decides which care coordinator the page names; chosen with a form, so it works without a pointer. */
function RegionChoice({ view }: { view: InfoPointView }) {
  const navigate = useNavigate();
  const selectId = useId();
  const [choice, setChoice] = useState(view.region?.id ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/informatie/${view.lang}${choice ? `?regio=${encodeURIComponent(choice)}` : ''}`);
  };
  return (
    <form onSubmit={submit} className="sr-info__region">
      <Heading2 className="sr-info__region-heading">{view.region ? `${view.labels.region}: ${view.region.name}` : view.labels.chooseRegion}</Heading2>
      <FormLabel htmlFor={selectId}>{view.labels.chooseRegion}</FormLabel>
      <div className="sr-info__region-row">
        <Select id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <SelectOption value="">{view.labels.noRegion}</SelectOption>
          {view.regions.map((r) => (
            <SelectOption key={r.id} value={r.id} lang={view.lang === 'en' ? 'en' : 'nl'}>
              {r.name}
            </SelectOption>
          ))}
        </Select>
        <Button type="submit" appearance="secondary-action-button">
          {view.labels.showRegion}
        </Button>
      </div>
    </form>
  );
}

import './training.css';
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TrainingBody } from '../../../domain/training/api';
import { TRAINING_TRACKS, type TrainingModule, type TrainingTrack } from '../../../domain/training/tracks';
import { useLang } from '../../api/queries';
import { getTraining, TRAINING_KEY } from '../../api/training-api';
import { FormAlert } from '../../components/form-alert';
import { LoadingState } from '../../components/loading-state';
import { QueryError } from '../../components/query-error';
import { RequireLogin } from '../../components/require-login';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { ModuleView } from './module-view';
import { TrackPicker } from './track-picker';

const FUNCTIE = 'functie';
const MODULE = 'module';
const asTrack = (v: string | null): TrainingTrack | null => (TRAINING_TRACKS as readonly string[]).includes(v ?? '') ? (v as TrainingTrack) : null;

/**
 * The staff course (issue 11), for any logged-in employee of a municipality: pick the job, then
 * the modules, one per form of exploitation. The job and the open module are in the URL, so
 * back/forward and reload keep the place; a module's steps start over when it is opened again.
 */
export function TrainingPage() {
  const { t } = useTranslation('training');
  useDocumentTitle(t('title'));
  return <RequireLogin>{() => <Course />}</RequireLogin>;
}

function Course() {
  const { t } = useTranslation('training');
  const lang = useLang();
  const query = useQuery({ queryKey: [...TRAINING_KEY, lang], queryFn: () => getTraining(lang), placeholderData: (previous) => previous });
  return (
    <div className="sr-container sr-narrow">
      <Heading1>{t('title')}</Heading1>
      {query.isPending ? <LoadingState /> : query.isError ? <QueryError error={query.error} /> : <CourseBody data={query.data} />}
    </div>
  );
}

function CourseBody({ data }: { data: TrainingBody }) {
  const { t } = useTranslation('training');
  const [params, setParams] = useSearchParams();
  const track = asTrack(params.get(FUNCTIE));
  const moduleId = params.get(MODULE);
  const open = track ? data.course.modules.find((m) => m.id === moduleId) : undefined;
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const done = new Set(data.progress.completions.map((c) => c.module));
  const finishedAll = done.size >= data.progress.modules;
  const modulesId = useId();
  const lastTrack = data.progress.completions.at(-1)?.track ?? null;

  const go = (next: { track?: TrainingTrack | null; module?: TrainingModule | null }) => {
    const p = new URLSearchParams(params);
    if (next.track !== undefined) next.track ? p.set(FUNCTIE, next.track) : p.delete(FUNCTIE);
    if (next.module !== undefined) next.module ? p.set(MODULE, next.module) : p.delete(MODULE);
    setParams(p);
  };

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  if (open && track) {
    return (
      <ModuleView
        key={`${open.id}-${track}`}
        module={open}
        conversation={data.course.conversation}
        track={track}
        onBack={() => go({ module: null })}
        onFinished={(name) => {
          setNotice(t('finishedModule', { name: name.toLowerCase() }));
          go({ module: null });
        }}
      />
    );
  }

  const trackName = data.course.tracks.find((x) => x.id === track)?.name;
  return (
    <>
      <Paragraph lead>{t('intro')}</Paragraph>
      <FormAlert ref={noticeRef} type="ok" message={notice} />
      <Paragraph>{finishedAll ? t('progressDone') : t('progress', { done: done.size, total: data.progress.modules })}</Paragraph>
      {!track ? (
        <TrackPicker tracks={data.course.tracks} initial={lastTrack} onPick={(picked) => go({ track: picked })} />
      ) : (
        <>
          <Paragraph>
            {t('currentTrack', { track: trackName })}{' '}
            <Button type="button" appearance="subtle-button" onClick={() => go({ track: null })}>
              {t('changeTrack')}
            </Button>
          </Paragraph>
          <section aria-labelledby={modulesId} className="sr-section">
            <Heading2 id={modulesId}>{t('modulesHeading')}</Heading2>
            <ol className="sr-training-modules">
              {data.course.modules.map((m) => (
                <li key={m.id} className="sr-training-modules__item">
                  <div className="sr-training-modules__text">
                    <span className="sr-training-modules__name">{m.name}</span>
                    <span className={done.has(m.id) ? 'sr-training-status sr-training-status--done' : 'sr-training-status'}>{done.has(m.id) ? t('moduleDone') : t('moduleTodo')}</span>
                  </div>
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    onClick={() => {
                      setNotice(null);
                      go({ module: m.id });
                    }}
                  >
                    {t('openModule', { name: m.name.toLowerCase() })}
                  </Button>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </>
  );
}

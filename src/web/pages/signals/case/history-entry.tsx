import { Button, Link, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalCase, SignalHistoryEvent } from '../../../api/signal-types';
import { formatMoment } from '../../../components/signals/format-moment';
import { useStateLabel } from '../../../components/signals/use-state-label';
import type { CaseChange } from './case-view';
import { EventDetails } from './event-details';
import { entryId } from './focus-section';
import { NoteForm } from './note-form';

/** One entry of the history: when, who, what happened, and its corrections. */
export function HistoryEntry({ event, signal, onChanged }: { event: SignalHistoryEvent; signal: SignalCase; onChanged: (change: CaseChange) => void }) {
  const { t, i18n } = useTranslation('signals');
  const stateLabel = useStateLabel();
  const [correcting, setCorrecting] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const lang = i18n.language;
  const kind = t(`event.${event.kind}`, { defaultValue: event.kind });
  const corrected = signal.events.find((e) => e.id === event.correctsEventId) ?? null;
  const corrections = signal.events.filter((e) => e.correctsEventId === event.id);
  const who = event.actorName ?? t(`actor.${event.actor}`, { defaultValue: event.actor });
  const describe = (e: SignalHistoryEvent) => `${t(`event.${e.kind}`, { defaultValue: e.kind })}, ${formatMoment(e.at, lang)}`;
  const jump = (id: number) => (mouse: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(entryId(id));
    if (!target) return;
    mouse.preventDefault();
    target.focus();
  };

  return (
    <li id={entryId(event.id)} tabIndex={-1} className={event.kind === 'correctie' ? 'sr-timeline__item sr-timeline__item--correction' : 'sr-timeline__item'}>
      <p className="sr-timeline__meta">
        <time dateTime={event.at}>{formatMoment(event.at, lang)}</time> · {who}
      </p>
      <p className="sr-timeline__kind">
        <strong>{kind}</strong>
        {event.fromState && event.toState && event.fromState !== event.toState && (
          <span className="sr-timeline__states"> {t('history.stateChange', { from: stateLabel(event.fromState), to: stateLabel(event.toState) })}</span>
        )}
        {!event.fromState && event.toState && <span className="sr-timeline__states"> {t('history.stateSet', { to: stateLabel(event.toState) })}</span>}
      </p>
      <EventDetails event={event} signal={signal} />
      {event.text && <Paragraph className="sr-pre-line sr-timeline__text">{event.text}</Paragraph>}
      {corrected && (
        <Paragraph className="sr-timeline__link">
          {t('history.corrects')}{' '}
          <Link href={`#${entryId(corrected.id)}`} onClick={jump(corrected.id)}>
            {describe(corrected)}
          </Link>
        </Paragraph>
      )}
      {corrections.length > 0 && (
        <Paragraph className="sr-timeline__link">
          {t('history.correctedBy')}{' '}
          {corrections.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ', '}
              <Link href={`#${entryId(c.id)}`} onClick={jump(c.id)}>
                {describe(c)}
              </Link>
            </span>
          ))}
        </Paragraph>
      )}
      {correcting ? (
        <NoteForm
          signalId={signal.id}
          correcting={{ id: event.id, label: describe(event) }}
          onCancel={() => {
            setCorrecting(false);
            requestAnimationFrame(() => buttonRef.current?.focus());
          }}
          onDone={(next) => {
            setCorrecting(false);
            onChanged({ signal: next, message: t('history.correctionAdded') });
          }}
        />
      ) : (
        <Button type="button" ref={buttonRef} appearance="subtle-button" className="sr-timeline__correct" aria-expanded={false} onClick={() => setCorrecting(true)}>
          {t('history.correct')}
          <span className="sr-visually-hidden">: {describe(event)}</span>
        </Button>
      )}
    </li>
  );
}

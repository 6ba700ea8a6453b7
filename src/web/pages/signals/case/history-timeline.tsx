import { Button, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalCase } from '../../../api/signal-types';
import type { CaseChange } from './case-view';
import { HistoryEntry } from './history-entry';
import { NoteForm } from './note-form';

/**
 * The case history, oldest first. It is append-only: nothing is edited; a correction is a new
 * entry that names (and links to) the entry it corrects, and that entry links to its corrections.
 */
export function HistoryTimeline({ signal, onChanged }: { signal: SignalCase; onChanged: (change: CaseChange) => void }) {
  const { t } = useTranslation('signals');
  const [adding, setAdding] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <div className="sr-history">
      <Paragraph>{t('history.intro')}</Paragraph>
      {adding ? (
        <NoteForm
          signalId={signal.id}
          correcting={null}
          onCancel={() => {
            setAdding(false);
            requestAnimationFrame(() => addRef.current?.focus());
          }}
          onDone={(next) => {
            setAdding(false);
            onChanged({ signal: next, message: t('history.noteAdded') });
          }}
        />
      ) : (
        <Button type="button" ref={addRef} appearance="secondary-action-button" aria-expanded={false} onClick={() => setAdding(true)}>
          {t('history.addNote')}
        </Button>
      )}
      <ol className="sr-timeline">
        {signal.events.map((event) => (
          <HistoryEntry key={event.id} event={event} signal={signal} onChanged={onChanged} />
        ))}
      </ol>
    </div>
  );
}

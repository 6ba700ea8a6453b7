import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { completionPercent, derivedNote } from '../../../domain/basisniveau/status-values';
import type { ChecklistItemView, DerivedFigure } from '../../../domain/basisniveau/views';
import { formatDay, formatMoment } from '../../components/signals/format-moment';

/** A status in words (never by colour alone), marked for the eye by its class. */
export function StatusLabel({ status }: { status: ChecklistItemView['status'] }) {
  const { t } = useTranslation('basisniveau');
  return <strong className={`sr-basisniveau-status sr-basisniveau-status--${status}`}>{t(`status.${status}`)}</strong>;
}

/** Signaalroute's own figure beside a derived point: whether the AF is recorded, how many finished the training. */
export function DerivedFigureText({ figure }: { figure: DerivedFigure }) {
  const { t, i18n } = useTranslation('basisniveau');
  if (figure.kind === 'af-contact') {
    return (
      <Paragraph className="sr-basisniveau-derived">
        <span className="sr-basisniveau-derived__label">{t('derived.label')}: </span>
        {figure.recorded && figure.setAt ? t('derived.afRecorded', { at: formatDay(figure.setAt, i18n.language) }) : t('derived.afMissing')}
      </Paragraph>
    );
  }
  const departments = figure.departments.filter((d) => d.users > 0);
  return (
    <>
      <Paragraph className="sr-basisniveau-derived">
        <span className="sr-basisniveau-derived__label">{t('derived.label')}: </span>
        {t('derived.training', { completed: figure.completed, users: figure.users, percent: completionPercent(figure) })}
      </Paragraph>
      {departments.length > 1 && (
        <ul className="sr-basisniveau-departments">
          {departments.map((d) => (
            <li key={d.department ?? ''}>{t('derived.department', { department: d.department ?? t('derived.noDepartment'), completed: d.completed, users: d.users })}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What is known of a point: its status, since when, the figure beside it, the evidence, who confirmed it, its source. */
export function ChecklistItemDetails({ item }: { item: ChecklistItemView }) {
  const { t, i18n } = useTranslation('basisniveau');
  const training = item.derived?.kind === 'training' ? item.derived : null;
  const note = derivedNote(item.derivedKind ?? undefined, item.status, training);
  return (
    <>
      <Paragraph>
        <StatusLabel status={item.status} />
        {item.since && <> · {t('since', { date: formatDay(item.since, i18n.language) })}</>}
      </Paragraph>
      {item.derived && <DerivedFigureText figure={item.derived} />}
      {note && <Paragraph className="sr-basisniveau-note">{t(`derived.${note === 'training-none' ? 'trainingNone' : note}`)}</Paragraph>}
      {item.evidence && (
        <Paragraph className="sr-basisniveau-evidence">
          <span className="sr-basisniveau-derived__label">{t('evidence')}: </span>
          {item.evidence}
        </Paragraph>
      )}
      <Paragraph className="sr-basisniveau-meta">
        {item.confirmedAt
          ? item.confirmedBy
            ? t('confirmedBy', { name: item.confirmedBy, at: formatMoment(item.confirmedAt, i18n.language) })
            : t('confirmedAt', { at: formatMoment(item.confirmedAt, i18n.language) })
          : t('notConfirmed')}
      </Paragraph>
      {item.source && <Paragraph className="sr-basisniveau-meta">{t('source', { source: item.source })}</Paragraph>}
    </>
  );
}

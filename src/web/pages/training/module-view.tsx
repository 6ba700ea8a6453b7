import { Button, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseView, TrainingModuleView } from '../../../domain/training/course';
import { vignettesFor } from '../../../domain/training/course';
import type { TrainingTrack } from '../../../domain/training/tracks';
import { completeModule, TRAINING_KEY } from '../../api/training-api';
import { FormAlert } from '../../components/form-alert';
import { formErrorsFrom } from '../../lib/form-errors';
import { VignetteWalk } from './vignette-walk';

interface Props {
  module: TrainingModuleView;
  conversation: CourseView['conversation'];
  track: TrainingTrack;
  onFinished: (name: string) => void;
  onBack: () => void;
}

/**
 * One module, step by step: the form's signals (with what this job meets of it), then each case
 * for this job on the region's route map, then what helps and hinders in the conversation. The
 * module is recorded as finished only at the end, once every case reached its right outcome.
 */
export function ModuleView({ module, conversation, track, onFinished, onBack }: Props) {
  const { t } = useTranslation('training');
  const { t: common } = useTranslation();
  const queryClient = useQueryClient();
  const vignettes = vignettesFor(module, track);
  const total = vignettes.length + 2;
  const [step, setStep] = useState(0);
  const [solved, setSolved] = useState<Set<string>>(new Set());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const finish = useMutation({
    mutationFn: () => completeModule({ module: module.id, track }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: TRAINING_KEY });
      onFinished(module.name);
    },
  });

  // Each step starts at its heading, for keyboard and screen-reader users alike.
  useEffect(() => headingRef.current?.focus(), [step]);

  const vignette = step >= 1 && step <= vignettes.length ? vignettes[step - 1]! : null;
  const markSolved = useCallback((id: string) => setSolved((s) => (s.has(id) ? s : new Set(s).add(id))), []);
  const onSolved = useCallback(() => vignette && markSolved(vignette.id), [vignette, markSolved]);
  const highlighted = new Set(module.tracks[track].signals);
  const signalSources = [...new Set(module.signals.flatMap((s) => (s.source ? [s.source] : [])))];
  const signals = [...module.signals.filter((s) => highlighted.has(s.id)), ...module.signals.filter((s) => !highlighted.has(s.id))];

  return (
    <section aria-labelledby={headingId} className="sr-section sr-training-module">
      <Paragraph className="sr-question__step">{t('stepOf', { step: step + 1, total })}</Paragraph>
      {step === 0 && (
        <>
          <Heading2 id={headingId} ref={headingRef} tabIndex={-1}>
            {t('signalsHeading', { name: module.name.toLowerCase() })}
          </Heading2>
          <Paragraph lead>{module.intro}</Paragraph>
          <Paragraph>{module.definition}</Paragraph>
          {module.source && <Paragraph className="sr-source">{t('source', { source: module.source })}</Paragraph>}
          <Heading3>{t('inYourWork')}</Heading3>
          <Paragraph>{module.tracks[track].text}</Paragraph>
          <UnorderedList className="sr-training-signals">
            {signals.map((s) => (
              <UnorderedListItem key={s.id} className={highlighted.has(s.id) ? 'sr-training-signals__mine' : undefined}>
                {s.text}
                {highlighted.has(s.id) && <span className="sr-training-signals__mark"> ({t('forYourWork')})</span>}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          {/* The signals' own documents: most lists are additions that no document is credited for. */}
          {signalSources.length > 0 && <Paragraph className="sr-source">{t('source', { source: signalSources.join('; ') })}</Paragraph>}
          <div className="sr-actions">
            <Button type="button" appearance="primary-action-button" onClick={() => setStep(1)}>
              {t('toVignettes')}
            </Button>
          </div>
        </>
      )}
      {vignette && (
        <>
          <Heading2 id={headingId} ref={headingRef} tabIndex={-1}>
            {t('vignetteHeading', { title: vignette.title })}
          </Heading2>
          <Paragraph lead>{vignette.story}</Paragraph>
          <Paragraph>{t('vignetteMap', { map: vignette.map.title })}</Paragraph>
          <VignetteWalk key={vignette.id} vignette={vignette} onSolved={onSolved} />
          {solved.has(vignette.id) && (
            <div className="sr-actions">
              <Button type="button" appearance="primary-action-button" onClick={() => setStep(step + 1)}>
                {step < vignettes.length ? t('nextVignette') : t('toConversation')}
              </Button>
            </div>
          )}
        </>
      )}
      {step === vignettes.length + 1 && (
        <>
          <Heading2 id={headingId} ref={headingRef} tabIndex={-1}>
            {t('conversationHeading')}
          </Heading2>
          <Paragraph>{conversation.intro}</Paragraph>
          <div className="sr-training-conversation">
            <div>
              <Heading3>{t('promoting')}</Heading3>
              <UnorderedList>
                {conversation.promoting.map((i) => (
                  <UnorderedListItem key={i.id}>{i.text}</UnorderedListItem>
                ))}
              </UnorderedList>
            </div>
            <div>
              <Heading3>{t('hindering')}</Heading3>
              <UnorderedList>
                {conversation.hindering.map((i) => (
                  <UnorderedListItem key={i.id}>{i.text}</UnorderedListItem>
                ))}
              </UnorderedList>
            </div>
          </div>
          {conversation.source && <Paragraph className="sr-source">{t('source', { source: conversation.source })}</Paragraph>}
          <FormAlert message={finish.isError ? formErrorsFrom(finish.error, common).form : null} />
          <div className="sr-actions">
            <Button type="button" appearance="primary-action-button" busy={finish.isPending} disabled={finish.isPending} onClick={() => finish.mutate()}>
              {t('finish')}
            </Button>
          </div>
        </>
      )}
      <div className="sr-actions">
        <Button type="button" appearance="subtle-button" onClick={onBack}>
          {t('backToModules')}
        </Button>
      </div>
    </section>
  );
}

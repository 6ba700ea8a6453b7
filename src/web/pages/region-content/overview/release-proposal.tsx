import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeChoices, MergeEntry } from '../../../../domain/content/merge-release';
import type { RegionPackState } from '../../../../domain/content/region-pack-state';
import { acceptRelease, getReleaseProposal, refuseRelease, releaseProposalKey } from '../../../api/region-pack-api';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormAlert } from '../../../components/form-alert';
import { CheckboxField, RadioField } from '../../../components/form/choice-field';
import { ChoiceFieldset } from '../../../components/form/choice-group';
import { shown } from './shown-value';

const NS = 'regionPack';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One entry's name: what it is, what happened to it, and its label. */
function EntryName({ entry }: { entry: MergeEntry }) {
  const { t } = useTranslation(NS);
  return (
    // One span: a legend lays its children out as flex items, which would drop the space.
    <span>
      <strong>{t(`diff.part.${entry.part}`)}</strong> {t(`diff.change.${entry.change}`)}: {entry.label}
    </span>
  );
}

/** The fields that differ, from `from` to `to` (base, region's or release's), as the diff shows them. */
function Fields({ entry, from, to }: { entry: MergeEntry; from: 'base' | 'mine'; to: 'mine' | 'theirs' }) {
  const { t } = useTranslation(NS);
  const fields = entry.fields.filter((f) => shown(f[from]) !== shown(f[to]));
  if (fields.length === 0) return null;
  return (
    <dl className="sr-region-content__fields">
      {fields.map((f) => (
        <div key={f.field}>
          <dt>{t(`diff.field.${f.field}`, { defaultValue: f.field })}</dt>
          <dd>
            <del>{shown(f[from])}</del> → <ins>{shown(f[to])}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * `/regio/inhoud` when a release waits for a region with edits of its own (ADR 32): what only the
 * release changed (taken unless unticked), what only the region changed (kept), and what both
 * changed (the regiobeheerder picks). Taking makes a draft; nothing is published or overwritten here.
 */
export function ReleaseProposalSection({ region, state, onChange }: { region: string; state: RegionPackState; onChange: (s: RegionPackState) => void }) {
  const { t } = useTranslation(NS);
  const client = useQueryClient();
  const proposal = useQuery({ queryKey: releaseProposalKey(region), queryFn: () => getReleaseProposal(region) });
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [theirs, setTheirs] = useState<ReadonlySet<string>>(new Set());
  const [confirmRefuse, setConfirmRefuse] = useState(false);
  const settled = (next: RegionPackState) => {
    onChange(next);
    void client.invalidateQueries({ queryKey: releaseProposalKey(region) });
  };
  const accept = useMutation({ mutationFn: (choices: MergeChoices) => acceptRelease(region, choices), onSuccess: settled });
  const refuse = useMutation({ mutationFn: () => refuseRelease(region), onSuccess: (next) => (setConfirmRefuse(false), settled(next)) });

  if (!state.releaseWaiting) return refuse.isSuccess ? <FormAlert type="ok" message={t('release.refused')} /> : null;
  if (proposal.isPending) return <Paragraph>{t('release.loading')}</Paragraph>;
  if (proposal.isError) return <FormAlert message={messageOf(proposal.error)} />;
  const { proposed, kept, conflicts, release } = proposal.data;
  const toggle = (set: ReadonlySet<string>, key: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(key);
    else next.delete(key);
    return next;
  };
  const choices = (): MergeChoices =>
    Object.fromEntries([
      ...proposed.filter((e) => !left.has(e.key)).map((e) => [e.key, 'theirs'] as const),
      ...conflicts.map((e) => [e.key, theirs.has(e.key) ? 'theirs' : 'mine'] as const),
    ]);

  return (
    <section aria-labelledby="sr-release-title" className="sr-region-content__release">
      <Heading2 id="sr-release-title">{t('release.title')}</Heading2>
      <Paragraph>{t('release.intro', { release })}</Paragraph>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          accept.mutate(choices());
        }}
      >
        <Heading3>{t('release.proposedTitle', { count: proposed.length })}</Heading3>
        {proposed.length === 0 ? (
          <Paragraph>{t('release.proposedNone')}</Paragraph>
        ) : (
          <ChoiceFieldset id="sr-release-proposed" legend={t('release.proposedLegend')} description={t('release.proposedHint')}>
            {proposed.map((entry, i) => (
              <div key={entry.key} className="sr-region-content__release-entry">
                <CheckboxField
                  id={`sr-release-proposed-${i}`}
                  name="proposed"
                  label={<EntryName entry={entry} />}
                  checked={!left.has(entry.key)}
                  onChange={(event) => setLeft((set) => toggle(set, entry.key, !event.target.checked))}
                />
                <Fields entry={entry} from="mine" to="theirs" />
              </div>
            ))}
          </ChoiceFieldset>
        )}

        {conflicts.length > 0 && (
          <>
            <Heading3>{t('release.conflictsTitle', { count: conflicts.length })}</Heading3>
            <Paragraph>{t('release.conflictsHint')}</Paragraph>
            {conflicts.map((entry, i) => (
              <ChoiceFieldset key={entry.key} id={`sr-release-conflict-${i}`} legend={<EntryName entry={entry} />} className="sr-region-content__release-entry">
                <RadioField
                  id={`sr-release-conflict-${i}-mine`}
                  name={`conflict-${i}`}
                  value="mine"
                  label={t('release.mine')}
                  checked={!theirs.has(entry.key)}
                  onChange={() => setTheirs((set) => toggle(set, entry.key, false))}
                />
                <Fields entry={entry} from="base" to="mine" />
                <RadioField
                  id={`sr-release-conflict-${i}-theirs`}
                  name={`conflict-${i}`}
                  value="theirs"
                  label={t('release.theirs')}
                  checked={theirs.has(entry.key)}
                  onChange={() => setTheirs((set) => toggle(set, entry.key, true))}
                />
                <Fields entry={entry} from="base" to="theirs" />
              </ChoiceFieldset>
            ))}
          </>
        )}

        <Heading3>{t('release.keptTitle', { count: kept.length })}</Heading3>
        {kept.length === 0 ? (
          <Paragraph>{t('release.keptNone')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('release.keptHint')}</Paragraph>
            <ul className="sr-region-content__release-kept">
              {kept.map((entry) => (
                <li key={entry.key}>
                  <EntryName entry={entry} />
                  <Fields entry={entry} from="base" to="mine" />
                </li>
              ))}
            </ul>
          </>
        )}

        {state.draft && <FormAlert type="warning" message={t('release.draftReplaced')} />}
        <FormAlert message={accept.error ? messageOf(accept.error) : null} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={accept.isPending} disabled={accept.isPending}>
            {t('release.accept')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => (refuse.reset(), setConfirmRefuse(true))}>
            {t('release.refuse')}
          </Button>
        </ButtonGroup>
      </form>
      <FormAlert type="ok" message={accept.isSuccess ? t('release.accepted') : null} />
      <ConfirmDialog
        open={confirmRefuse}
        title={t('release.confirmRefuseTitle')}
        confirmLabel={t('release.refuse')}
        busy={refuse.isPending}
        error={refuse.error ? messageOf(refuse.error) : null}
        onConfirm={() => refuse.mutate()}
        onCancel={() => setConfirmRefuse(false)}
      >
        {t('release.confirmRefuse', { release })}
      </ConfirmDialog>
    </section>
  );
}

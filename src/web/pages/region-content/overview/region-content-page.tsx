import { Button, ButtonGroup, Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../../domain/content/content-messages';
import { localize, type Language } from '../../../../domain/content/localized';
import type { PackChange, PackVersionSummary, RegionPackState } from '../../../../domain/content/region-pack-state';
import {
  discardRegionPackDraft,
  getRegionPackDiff,
  getRegionPackVersions,
  importRegionPack,
  publishRegionPack,
  regionPackExportUrl,
  regionPackKey,
  regionPackVersionsKey,
  rollbackRegionPack,
} from '../../../api/region-pack-api';
import { AppLink } from '../../../components/app-link';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormAlert } from '../../../components/form-alert';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { RegionPackPage } from '../routemap-editor/region-pack-page';
import { ReleaseProposalSection } from './release-proposal';
import { shown } from './shown-value';
import './region-content.css';

const NS = 'regionPack';

/** `/regio/inhoud`: the regiobeheerder's overview of the region's content (ADR 28). */
export function RegionContentPage() {
  return <RegionPackPage>{(region, state) => <Overview region={region} state={state} />}</RegionPackPage>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function Overview({ region, state }: { region: string; state: RegionPackState }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const name = localize(state.published.pack.region.name, lang);
  useDocumentTitle(t('title', { region: name }));
  const client = useQueryClient();
  const updated = (next: RegionPackState) => {
    client.setQueryData(regionPackKey(region), next);
    void client.invalidateQueries({ queryKey: regionPackVersionsKey(region) });
  };
  return (
    <div className="sr-container sr-region-content">
      <Heading1>{t('title', { region: name })}</Heading1>
      <Paragraph>{t('intro')}</Paragraph>
      <nav aria-label={t('editors')}>
        <ul className="sr-region-content__editors">
          {state.published.pack.routemaps.map((m) => (
            <li key={m.id}>
              <AppLink to={`/regio/inhoud/routekaarten/${m.id}`}>{t('editMap', { map: localize(m.title, lang) })}</AppLink>
            </li>
          ))}
          <li>
            <AppLink to="/regio/inhoud/partners">{t('editPartners')}</AppLink>
          </li>
          {state.published.pack.knowledge && (
            <li>
              <AppLink to="/regio/inhoud/kennis">{t('editKnowledge')}</AppLink>
            </li>
          )}
        </ul>
      </nav>
      <DraftSection region={region} state={state} onChange={updated} />
      <ReleaseProposalSection region={region} state={state} onChange={updated} />
      <ImportExport region={region} onChange={updated} />
      <History region={region} current={state.published.version} onChange={updated} />
    </div>
  );
}

function DraftSection({ region, state, onChange }: { region: string; state: RegionPackState; onChange: (s: RegionPackState) => void }) {
  const { t, i18n } = useTranslation(NS);
  const fromRelease = state.draft?.fromRelease;
  const [reason, setReason] = useState('');
  // A draft taken from a release is published "uit release X" unless the regiobeheerder says otherwise.
  useEffect(() => {
    if (fromRelease) setReason((r) => r || t('release.reason', { release: fromRelease }));
  }, [fromRelease, t]);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'publish' | 'discard' | null>(null);
  const publish = useMutation({ mutationFn: () => publishRegionPack(region, reason), onSuccess: (s) => (onChange(s), setConfirm(null), setReason('')) });
  const discard = useMutation({ mutationFn: () => discardRegionPackDraft(region), onSuccess: (s) => (onChange(s), setConfirm(null)) });
  const { draft, published, problems } = state;
  return (
    <section aria-labelledby="sr-draft-title">
      <Heading2 id="sr-draft-title">{t('draft.title')}</Heading2>
      <Paragraph>
        {t('draft.published', { version: published.version, date: published.publishedAt.slice(0, 10), by: published.publishedBy })}
      </Paragraph>
      {draft ? (
        <Paragraph>{t('draft.inProgress', { basedOn: draft.basedOn, by: draft.updatedBy, date: draft.updatedAt.slice(0, 10) })}</Paragraph>
      ) : (
        <Paragraph>{t('draft.none')}</Paragraph>
      )}
      {draft && draft.basedOn !== published.version && <FormAlert type="warning" message={t('draft.stale', { basedOn: draft.basedOn, version: published.version })} />}
      {state.releaseWaiting && <FormAlert type="info" message={t('draft.releaseWaiting')} />}
      {problems.length > 0 ? (
        <>
          <Heading3>{t('draft.problems', { count: problems.length })}</Heading3>
          <ul className="sr-region-content__problems">
            {problems.map((p, i) => (
              <li key={i}>
                <code className="sr-code-small">{p.path.map(String).join(' › ') || t('draft.wholePack')}</code> {problemText(p, i18n.language as Language)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        draft && <Paragraph>{t('draft.noProblems')}</Paragraph>
      )}
      {draft && (
        <form
          className="sr-region-content__publish"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim().length < 3) return setReasonError(t('draft.reasonRequired'));
            setReasonError(null);
            publish.reset();
            setConfirm('publish');
          }}
        >
          <TextField label={t('draft.reason')} description={t('draft.reasonHint')} value={reason} onValueChange={setReason} error={reasonError ?? undefined} maxLength={500} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={problems.length > 0}>
              {t('draft.publish')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => (discard.reset(), setConfirm('discard'))}>
              {t('draft.discard')}
            </Button>
          </ButtonGroup>
        </form>
      )}
      <ConfirmDialog
        open={confirm === 'publish'}
        title={t('draft.confirmPublishTitle')}
        confirmLabel={t('draft.publish')}
        busy={publish.isPending}
        error={publish.error ? messageOf(publish.error) : null}
        onConfirm={() => publish.mutate()}
        onCancel={() => setConfirm(null)}
      >
        {t('draft.confirmPublish', { version: published.version + 1, reason })}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'discard'}
        title={t('draft.confirmDiscardTitle')}
        confirmLabel={t('draft.discard')}
        busy={discard.isPending}
        error={discard.error ? messageOf(discard.error) : null}
        onConfirm={() => discard.mutate()}
        onCancel={() => setConfirm(null)}
      >
        {t('draft.confirmDiscard')}
      </ConfirmDialog>
    </section>
  );
}

function ImportExport({ region, onChange }: { region: string; onChange: (s: RegionPackState) => void }) {
  const { t } = useTranslation(NS);
  const [done, setDone] = useState<string | null>(null);
  const upload = useMutation({ mutationFn: (text: string) => importRegionPack(region, text), onSuccess: (s) => (onChange(s), setDone(t('importExport.imported'))) });
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setDone(null);
    upload.mutate(await file.text());
  };
  return (
    <section aria-labelledby="sr-import-title">
      <Heading2 id="sr-import-title">{t('importExport.title')}</Heading2>
      <Paragraph>
        <a href={regionPackExportUrl(region)} download>
          {t('importExport.export')}
        </a>
      </Paragraph>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="sr-pack-file">
          {t('importExport.import')}
        </label>
        <Paragraph id="sr-pack-file-hint" className="utrecht-form-field-description">
          {t('importExport.importHint')}
        </Paragraph>
        <input id="sr-pack-file" type="file" accept=".yaml,.yml,.json" aria-describedby="sr-pack-file-hint" onChange={(e) => void onFile(e)} disabled={upload.isPending} />
      </div>
      <FormAlert message={upload.error ? messageOf(upload.error) : null} />
      <FormAlert type="ok" message={done} />
    </section>
  );
}

function History({ region, current, onChange }: { region: string; current: number; onChange: (s: RegionPackState) => void }) {
  const { t } = useTranslation(NS);
  const versions = useQuery({ queryKey: regionPackVersionsKey(region), queryFn: () => getRegionPackVersions(region) });
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [compared, setCompared] = useState<{ from: number; to: number } | null>(null);
  const [restore, setRestore] = useState<PackVersionSummary | null>(null);
  const rollback = useMutation({
    mutationFn: (v: PackVersionSummary) => rollbackRegionPack(region, v.version, t('history.rollbackReason', { version: v.version })),
    onSuccess: (s) => (onChange(s), setRestore(null)),
  });
  const list = versions.data?.versions ?? [];
  const fromValue = from || String(list[1]?.version ?? list[0]?.version ?? '');
  const toValue = to || String(list[0]?.version ?? '');
  return (
    <section aria-labelledby="sr-history-title">
      <Heading2 id="sr-history-title">{t('history.title')}</Heading2>
      <ol className="sr-region-content__history" reversed>
        {list.map((v) => (
          <li key={v.version}>
            <strong>{t('history.version', { version: v.version })}</strong> · {t(`history.kind.${v.kind}`)} · {v.publishedAt.slice(0, 10)} · {v.publishedBy}
            <br />
            {t('history.reason')}: {v.reason}
            {v.version !== current && (
              <>
                {' '}
                <Button type="button" appearance="subtle-button" onClick={() => (rollback.reset(), setRestore(v))}>
                  {t('history.rollback', { version: v.version })}
                </Button>
              </>
            )}
          </li>
        ))}
      </ol>
      {list.length > 1 && (
        <form
          className="sr-region-content__compare"
          onSubmit={(event) => {
            event.preventDefault();
            setCompared({ from: Number(fromValue), to: Number(toValue) });
          }}
        >
          <Heading3>{t('diff.title')}</Heading3>
          <div className="sr-region-content__compare-fields">
            <SelectField label={t('diff.from')} value={fromValue} onValueChange={setFrom}>
              {list.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('history.version', { version: v.version })}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('diff.to')} value={toValue} onValueChange={setTo}>
              {list.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('history.version', { version: v.version })}
                </option>
              ))}
            </SelectField>
          </div>
          <Button type="submit" appearance="secondary-action-button">
            {t('diff.show')}
          </Button>
        </form>
      )}
      {compared && <DiffView region={region} from={compared.from} to={compared.to} />}
      <ConfirmDialog
        open={restore !== null}
        title={t('history.confirmRollbackTitle')}
        confirmLabel={t('history.rollback', { version: restore?.version ?? '' })}
        busy={rollback.isPending}
        error={rollback.error ? messageOf(rollback.error) : null}
        onConfirm={() => restore && rollback.mutate(restore)}
        onCancel={() => setRestore(null)}
      >
        {t('history.confirmRollback', { version: restore?.version ?? '', next: current + 1 })}
      </ConfirmDialog>
    </section>
  );
}

function DiffView({ region, from, to }: { region: string; from: number; to: number }) {
  const { t } = useTranslation(NS);
  const diff = useQuery({ queryKey: ['region-pack', region, 'diff', from, to], queryFn: () => getRegionPackDiff(region, from, to) });
  if (diff.isPending) return <Paragraph>{t('diff.loading')}</Paragraph>;
  if (diff.isError) return <FormAlert message={messageOf(diff.error)} />;
  const changes = diff.data.changes;
  return (
    <div className="sr-region-content__diff" aria-live="polite">
      <Heading3>{t('diff.heading', { from, to })}</Heading3>
      {changes.length === 0 ? (
        <Paragraph>{t('diff.none')}</Paragraph>
      ) : (
        <ul>
          {changes.map((c: PackChange) => (
            <li key={`${c.part}/${c.id}`}>
              <strong>{t(`diff.part.${c.part}`)}</strong> {t(`diff.change.${c.change}`)}: {c.label} <code className="sr-code-small">{c.id}</code>
              {c.fields.length > 0 && (
                <dl>
                  {c.fields.map((f) => (
                    <div key={f.field}>
                      <dt>{t(`diff.field.${f.field}`, { defaultValue: f.field })}</dt>
                      <dd>
                        <del>{shown(f.before)}</del> → <ins>{shown(f.after)}</ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

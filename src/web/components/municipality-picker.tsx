import { Button, Heading2, Paragraph, Strong } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMunicipalities, useRegions } from '../api/queries';
import { saveMunicipalityCode } from '../state/municipality-store';
import { useMunicipality } from '../state/use-municipality';
import { LoadingState } from './loading-state';
import { MunicipalityField } from './municipality-field';
import { QueryError } from './query-error';

/**
 * Choose the municipality once; it decides the region's route maps and, for the Zorg- en
 * Veiligheidshuis, which subregion's contact is shown. The choice is kept on this device.
 */
export function MunicipalityPicker() {
  const { t } = useTranslation();
  const headingId = useId();
  const municipalities = useMunicipalities();
  const regions = useRegions();
  const { municipality } = useMunicipality();
  const [editing, setEditing] = useState(false);
  const [selected, setSelected] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirmationRef = useRef<HTMLParagraphElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const justSaved = useRef(false);
  const showForm = editing || municipality === null;

  useEffect(() => {
    // Keep focus where the user is: on the confirmation after saving, on the list when changing.
    if (!showForm && justSaved.current) confirmationRef.current?.focus();
    if (showForm && editing) selectRef.current?.focus();
    justSaved.current = false;
  }, [showForm, editing]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!selected) {
      setError(t('municipality.required'));
      selectRef.current?.focus();
      return;
    }
    setError(null);
    saveMunicipalityCode(selected);
    justSaved.current = true;
    setEditing(false);
  };

  const region = municipality ? regions.data?.find((r) => r.id === municipality.region) : undefined;
  const subregion = municipality?.subregion ? region?.subregions.find((s) => s.id === municipality.subregion) : undefined;

  return (
    <section aria-labelledby={headingId} className="sr-section sr-picker">
      <Heading2 id={headingId}>{t('municipality.heading')}</Heading2>
      {municipalities.isPending && <LoadingState />}
      {municipalities.isError && <QueryError error={municipalities.error} />}
      {municipality && !showForm && (
        <>
          <Paragraph ref={confirmationRef} tabIndex={-1} className="sr-picker__chosen">
            {t('municipality.chosen')} <Strong>{municipality.name}</Strong>
            {region && <> · {t('municipality.region', { region: region.name })}</>}
            {subregion && <> · {t('municipality.subregion', { subregion: subregion.name })}</>}
          </Paragraph>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => {
              setSelected(municipality.code);
              setEditing(true);
            }}
          >
            {t('municipality.change')}
          </Button>
        </>
      )}
      {showForm && municipalities.data && (
        <form onSubmit={submit} className="sr-picker__form">
          <MunicipalityField
            label={t('municipality.label')}
            description={t('municipality.description')}
            selectRef={selectRef}
            name="gemeente"
            value={selected}
            onValueChange={setSelected}
            error={error}
          />
          <div className="sr-actions">
            <Button type="submit" appearance="primary-action-button">
              {t('municipality.save')}
            </Button>
            {editing && municipality && (
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => {
                  setError(null);
                  setEditing(false);
                }}
              >
                {t('common.cancel')}
              </Button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

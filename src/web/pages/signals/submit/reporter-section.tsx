import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../api/types';
import { TextField } from '../../../components/form/text-field';
import { fieldId } from './field-id';
import type { SignalFormState } from './form-state';
import type { FieldErrors } from './validate';

interface Props {
  user: SessionUser;
  state: SignalFormState;
  errors: FieldErrors;
  update: (change: Partial<SignalFormState>) => void;
}

/** Who reports: taken from the account, seen only by the AF; a phone number is optional. */
export function ReporterSection({ user, state, errors, update }: Props) {
  const { t } = useTranslation('signals');
  return (
    <section aria-labelledby="deel-melder" className="sr-form-section">
      <Heading2 id="deel-melder">{t('submit.reporterHeading')}</Heading2>
      <Paragraph>{t('submit.reporterIntro')}</Paragraph>
      <DataList className="sr-facts">
        <DataListItem>
          <DataListKey>{t('submit.reporterName')}</DataListKey>
          <DataListValue>{user.name}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('submit.reporterEmail')}</DataListKey>
          <DataListValue>{user.email}</DataListValue>
        </DataListItem>
      </DataList>
      <TextField
        id={fieldId('reporterPhone')}
        type="tel"
        label={t('submit.reporterPhone')}
        description={t('submit.reporterPhoneHelp')}
        autoComplete="tel"
        value={state.reporterPhone}
        onValueChange={(reporterPhone) => update({ reporterPhone })}
        error={errors.reporterPhone}
        className="sr-field sr-field--medium"
      />
    </section>
  );
}

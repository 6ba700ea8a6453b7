import '../../../styles/signals.css';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, MatchQuery, RegisterLookup } from '../../../../domain/matching';
import { searchMatches } from '../../../api/signals-api';
import { FormAlert } from '../../../components/form-alert';
import { RadioGroup } from '../../../components/form/choice-group';
import { SubmitButton } from '../../../components/form/submit-button';
import { TextField } from '../../../components/form/text-field';
import { RequireLogin } from '../../../components/require-login';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useFocusOnChange } from '../../../hooks/use-focus-on-change';
import { useSubmitForm } from '../../../hooks/use-submit-form';
import { CandidateCard } from './candidate-card';
import { RegisterLookups } from './register-lookups';

type Kind = MatchQuery['kind'];
const KINDS: readonly Kind[] = ['person', 'address', 'organisation'];

/**
 * The AF searches by hand whether a person, address or organisation is already known (issue 8),
 * for instance before recording a phone call as a signal. The search is audited; what was searched
 * for is sealed in that record.
 */
export function SearchPage() {
  const { t } = useTranslation('signals');
  useDocumentTitle(t('matching.searchTitle'));
  return <RequireLogin role="aandachtsfunctionaris">{() => <SearchForm />}</RequireLogin>;
}

function SearchForm() {
  const { t } = useTranslation('signals');
  const [kind, setKind] = useState<Kind>('person');
  const [name, setName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [address, setAddress] = useState('');
  const [kvkNumber, setKvkNumber] = useState('');
  const [result, setResult] = useState<{ searched: string; candidates: Candidate[]; lookups: RegisterLookup[] } | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(resultRef, result);

  const query = (): MatchQuery =>
    kind === 'person'
      ? { kind, name: name.trim(), ...(dateOfBirth.trim() ? { dateOfBirth: dateOfBirth.trim() } : {}) }
      : kind === 'address'
        ? { kind, text: address.trim() }
        : { kind, ...(name.trim() ? { name: name.trim() } : {}), ...(kvkNumber.trim() ? { kvkNumber: kvkNumber.trim() } : {}) };
  const searched = () => (kind === 'address' ? address.trim() : [name.trim(), kind === 'person' ? dateOfBirth.trim() : kvkNumber.trim()].filter(Boolean).join(', '));
  const { errors, clearErrors, formRef, alertRef, pending, send } = useSubmitForm(() => searchMatches(query()));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (kind === 'person' && !name.trim()) fields.name = t('matching.nameRequired');
    if (kind === 'address' && !address.trim()) fields.text = t('matching.addressRequired');
    if (kind === 'organisation' && !name.trim() && !kvkNumber.trim()) fields.name = t('matching.organisationRequired');
    const what = searched();
    send(fields, (found) => setResult({ searched: what, ...found }));
  };

  return (
    <div className="sr-container">
      <Heading1>{t('matching.searchTitle')}</Heading1>
      <Paragraph lead>{t('matching.searchIntro')}</Paragraph>
      <form ref={formRef} onSubmit={submit} noValidate className="sr-form sr-narrow">
        <FormAlert ref={alertRef} message={errors.form} />
        <RadioGroup
          id="zoeken-soort"
          name="soort"
          legend={t('matching.kindLegend')}
          options={KINDS.map((k) => ({ value: k, label: t(`matching.kindOption.${k}`) }))}
          value={kind}
          onChange={(k) => {
            setKind(k);
            clearErrors();
          }}
        />
        {kind === 'address' ? (
          <TextField id="zoeken-adres" label={t('matching.address')} description={t('matching.addressHelp')} value={address} onValueChange={setAddress} error={errors.fields.text} autoComplete="off" />
        ) : (
          <TextField
            id="zoeken-naam"
            label={t(kind === 'person' ? 'matching.personName' : 'matching.organisationName')}
            description={t(kind === 'person' ? 'matching.personNameHelp' : 'matching.organisationNameHelp')}
            value={name}
            onValueChange={setName}
            error={errors.fields.name}
            autoComplete="off"
          />
        )}
        {kind === 'person' && (
          <TextField
            id="zoeken-geboortedatum"
            label={t('matching.dateOfBirth')}
            description={t('matching.dateOfBirthHelp')}
            value={dateOfBirth}
            onValueChange={setDateOfBirth}
            error={errors.fields.dateOfBirth}
            autoComplete="off"
            className="sr-field sr-field--short"
          />
        )}
        {kind === 'organisation' && (
          <TextField
            id="zoeken-kvk"
            label={t('matching.kvkNumber')}
            description={t('matching.kvkNumberHelp')}
            value={kvkNumber}
            onValueChange={setKvkNumber}
            error={errors.fields.kvkNumber}
            inputMode="numeric"
            autoComplete="off"
            className="sr-field sr-field--short"
          />
        )}
        <div className="sr-actions">
          <SubmitButton pending={pending}>{t('matching.searchButton')}</SubmitButton>
        </div>
      </form>
      {result && (
        <section aria-labelledby="zoeken-resultaat" className="sr-search-result">
          <Heading2 id="zoeken-resultaat" ref={resultRef} tabIndex={-1}>
            {t('matching.resultHeading', { count: result.candidates.length, searched: result.searched })}
          </Heading2>
          <RegisterLookups lookups={result.lookups} />
          {result.candidates.length === 0 ? (
            <Paragraph>{t('matching.nothingFound')}</Paragraph>
          ) : (
            result.candidates.map((c) => <CandidateCard key={`${c.source}:${c.id}`} from="search" level={3} candidate={c} searched={result.searched} />)
          )}
        </section>
      )}
    </div>
  );
}

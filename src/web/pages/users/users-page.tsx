import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUsers } from '../../api/auth-api';
import type { ActivationLink } from '../../api/types';
import { LoadingState } from '../../components/loading-state';
import { QueryError } from '../../components/query-error';
import { RequireLogin } from '../../components/require-login';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { ActivationLinkPanel } from './activation-link-panel';
import { AddUserForm } from './add-user-form';
import { UserDetails } from './user-details';
import { UserTable } from './user-table';

export const USERS_KEY = ['users'] as const;

export function UsersPage() {
  return <RequireLogin role="beheerder">{() => <UsersView />}</RequireLogin>;
}

/** The beheerder's list of the municipality's users, with adding and managing one at a time. */
function UsersView() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.title'));
  const queryClient = useQueryClient();
  // Reading the list is audited (personal data of colleagues), so it is not refetched needlessly.
  const users = useQuery({ queryKey: USERS_KEY, queryFn: listUsers, staleTime: 60_000 });
  const [adding, setAdding] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [link, setLink] = useState<{ name: string; link: ActivationLink } | null>(null);
  const [notice, setNotice] = useState('');
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const selected = users.data?.find((u) => u.id === selectedId) ?? null;

  const refresh = () => queryClient.invalidateQueries({ queryKey: USERS_KEY });
  const showLink = (name: string, l: ActivationLink) => {
    setLink({ name, link: l });
    setNotice('');
    void refresh();
  };

  return (
    <div className="sr-container">
      <Heading1>{t('users.title')}</Heading1>
      <Paragraph>{t('users.intro')}</Paragraph>
      <Paragraph role="status" className="sr-notice">
        {notice}
      </Paragraph>
      {link && (
        <ActivationLinkPanel
          name={link.name}
          link={link.link}
          onClose={() => {
            setLink(null);
            addButtonRef.current?.focus();
          }}
        />
      )}
      {adding ? (
        <AddUserForm
          onCreated={(name, l) => {
            setAdding(false);
            showLink(name, l);
          }}
          onCancel={() => {
            setAdding(false);
            queueMicrotask(() => addButtonRef.current?.focus());
          }}
        />
      ) : (
        <div className="sr-actions">
          <Button
            ref={addButtonRef}
            type="button"
            appearance="primary-action-button"
            onClick={() => {
              setAdding(true);
              setLink(null);
              setNotice('');
            }}
          >
            {t('users.add')}
          </Button>
        </div>
      )}
      {users.isPending && <LoadingState />}
      {users.isError && <QueryError error={users.error} />}
      {users.data && <UserTable users={users.data} selectedId={selectedId} onSelect={(id) => setSelectedId(id)} />}
      {selected && (
        <UserDetails
          key={selected.id}
          user={selected}
          onChanged={(message) => {
            setNotice(message);
            void refresh();
          }}
          onLink={showLink}
          onClose={() => setSelectedId(null)}
        />
      )}
    </div>
  );
}

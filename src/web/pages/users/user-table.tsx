import { Button, Table, TableBody, TableCaption, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ManagedUser } from '../../api/types';
import { ALL_ROLES } from '../../lib/roles';
import { StackTableHead, stackTableLabels } from '../../components/stack-table';

/**
 * The users of the municipality. On a phone each row becomes a card (the CSS stacks the cells);
 * the explicit table roles keep it a table for screen readers whatever the CSS does, and every
 * cell repeats its column name visually there, hidden from screen readers that already say it.
 */
export function UserTable({ users, selectedId, onSelect }: { users: ManagedUser[]; selectedId: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const columns = [t('users.name'), t('login.email'), t('users.roles'), t('users.status'), t('users.secondFactor')];
  const label = stackTableLabels(columns);
  return (
    <Table role="table" className="sr-stack-table">
      <TableCaption className="sr-stack-table__caption">{t('users.tableCaption', { count: users.length })}</TableCaption>
      <StackTableHead columns={columns}>
        <TableHeaderCell role="columnheader" scope="col">
          <span className="sr-visually-hidden">{t('users.actions')}</span>
        </TableHeaderCell>
      </StackTableHead>
      <TableBody role="rowgroup">
        {users.map((user) => (
          <TableRow key={user.id} role="row" className={user.id === selectedId ? 'sr-row--selected' : undefined}>
            <TableHeaderCell role="rowheader" scope="row" className="sr-stack-table__title">
              {label(0)}
              <span>{user.name}</span>
            </TableHeaderCell>
            <TableCell role="cell">
              {label(1)}
              <span className="sr-break">{user.email}</span>
            </TableCell>
            <TableCell role="cell">
              {label(2)}
              <span>
                {ALL_ROLES.filter((r) => user.roles.includes(r))
                  .map((r) => t(`roles.${r}`))
                  .join(', ')}
              </span>
            </TableCell>
            <TableCell role="cell">
              {label(3)}
              <span>{!user.active ? t('users.inactive') : user.hasPassword ? t('users.active') : t('users.awaitingActivation')}</span>
            </TableCell>
            <TableCell role="cell">
              {label(4)}
              <span>{user.secondFactor ? t('users.secondFactorOn') : t('users.secondFactorOff')}</span>
            </TableCell>
            <TableCell role="cell" className="sr-stack-table__action">
              <Button
                type="button"
                appearance="secondary-action-button"
                aria-label={t('users.manageLabel', { name: user.name })}
                aria-expanded={user.id === selectedId}
                onClick={() => onSelect(user.id)}
              >
                {t('users.manage')}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

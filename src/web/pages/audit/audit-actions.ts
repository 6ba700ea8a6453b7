import { AUDIT_ACTIONS, AUDIT_ACTION_GROUPS } from '../../../domain/audit/actions';

/** Every action the audit trail records, and the prefix groups, for the action filter. */
export { AUDIT_ACTIONS, AUDIT_ACTION_GROUPS };

/** The i18n key of an action's description; dots would nest keys, so they become underscores. */
export function actionKey(action: string): string {
  return `auditActions.${action.replaceAll('.', '_')}`;
}

/** The i18n key of a group of actions ("user." → auditGroups.user). */
export function groupKey(group: string): string {
  return `auditGroups.${group.slice(0, -1).replaceAll('-', '_')}`;
}

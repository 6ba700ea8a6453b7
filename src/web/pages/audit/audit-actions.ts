/**
 * The actions the audit trail records (ADR 5 and the audit routes), for the action filter. The
 * filter also offers any other action seen in the results, so a new action is never unreachable.
 */
export const KNOWN_ACTIONS = [
  'login',
  'login.password',
  'login.second-factor',
  'login.locked',
  'logout',
  'logout.everywhere',
  'second-factor.enrol',
  'second-factor.confirm',
  'second-factor.reset',
  'password.change',
  'user.create',
  'user.update',
  'user.list',
  'user.activation-link',
  'user.activate',
  'access.denied',
  'audit.search',
  'audit.export',
] as const;

/** Prefix filters ("user." matches every user action), as the API supports them. */
export const ACTION_GROUPS = ['login.', 'second-factor.', 'user.', 'audit.'] as const;

/** The i18n key of an action's description; dots would nest keys, so they become underscores. */
export function actionKey(action: string): string {
  return `auditActions.${action.replaceAll('.', '_')}`;
}

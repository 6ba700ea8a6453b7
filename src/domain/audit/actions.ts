/**
 * Every action the server writes to the audit trail. `recordAudit` accepts only these, and the
 * audit screen has a Dutch and English label for each (a test checks), so the auditor never reads
 * a bare code and the action filter offers every action, whatever the last search found.
 */
export const AUDIT_ACTIONS = [
  // Logging in and out, second factor, own password
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
  'sso.configure',
  'sso.disable',
  'sso.list',
  // Users
  'user.create',
  'user.update',
  'user.read',
  'user.list',
  'user.activation-link',
  'user.activate',
  // Signals
  'signal.submit',
  'signal.list',
  'signal.list-own',
  'signal.read',
  'signal.event',
  'signal.note',
  'signal.correction',
  'signal.route',
  'signal.meldcode',
  'signal.notify-reporter',
  'signal.meeting-decision',
  'signal-draft.read',
  'signal-draft.save',
  'signal-draft.delete',
  'signal.enrich',
  // Handovers and the partner's feedback
  'handover.preview',
  'handover.create',
  'handover.print',
  'handover.feedback',
  'handover.reminder',
  'handover.reminder-scan',
  'feedback.lookup',
  'feedback.submit',
  // Signal meetings
  'meeting.create',
  'meeting.list',
  'meeting.read',
  'meeting.add-signal',
  'meeting.remove-signal',
  // The municipality, the installation, the audit trail itself
  'settings.read',
  'settings.update',
  'af-contact.update',
  'encryption.seal-plaintext',
  'encryption.reencrypt',
  'demo.seed',
  'demo.accounts',
  'access.denied',
  'audit.search',
  'audit.export',
  'audit.unseal',
  // Background jobs
  'job.failed',
  'job.list-failed',
  'job.retry',
  'job.dismiss',
  // Registers and matching (issue 8)
  'register.import',
  'register.upload',
  'register.list',
  'matching.search',
  // Management information (issue 11)
  'statistics.read',
  'statistics.export',
  'statistics.region',
  'statistics.region-export',
  // The staff course (issue 11)
  'training.read',
  'training.progress',
  'training.complete',
  'training.statistics',
  'training.statistics-region',
  // The basisniveau checklist (issue 11)
  'basisniveau.read',
  'basisniveau.update',
  'basisniveau.region',
  'signal.matches',
  'signal.link',
  // Retention (issue 10)
  'retention.run',
  'retention.terms.read',
  'retention.terms.update',
  'retention.preview',
  'retention.log',
  'signal.legal-hold',
  // Keeping partner contacts verified (issue 9)
  'contacts.stale-reminder',
  // Region content as versioned data (issue 9, ADR 28)
  'region-pack.read',
  'region-pack.save-draft',
  'region-pack.discard-draft',
  'region-pack.publish',
  'region-pack.rollback',
  'region-pack.import',
  'region-pack.export',
  'region-pack.versions',
  'region-pack.version',
  'region-pack.diff',
  // A release's proposal for a region with edits of its own (ADR 32)
  'region-pack.release',
  'region-pack.accept-release',
  'region-pack.refuse-release',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Prefix filters ("user." matches every user action), as the audit search supports them. */
export const AUDIT_ACTION_GROUPS = ['login.', 'second-factor.', 'user.', 'signal.', 'signal-draft.', 'handover.', 'feedback.', 'meeting.', 'encryption.', 'audit.', 'job.', 'register.', 'matching.', 'retention.'] as const;
export type AuditActionGroup = (typeof AUDIT_ACTION_GROUPS)[number];

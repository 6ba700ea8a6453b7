/**
 * Who performs a user-management command, for the audit record: a logged-in beheerder (through
 * the API) or an operator (through the CLI, without a user).
 */
export interface CommandActor {
  userId: string | null;
  /** The audit `actor`: the role in this act ('beheerder') or the kind of actor ('cli'). */
  kind: string;
  /** The client's IP address; null on the command line. */
  origin: string | null;
}

export const CLI_ACTOR: CommandActor = { userId: null, kind: 'cli', origin: null };

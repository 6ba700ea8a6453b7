import { AppError } from '../http/errors';

export const meetingErrors = {
  notFound: () => new AppError('meeting-not-found', 404, 'Dit overleg bestaat niet in uw gemeente.'),
  notOnAgenda: () => new AppError('not-on-agenda', 409, 'Dit signaal staat niet op de agenda van dit overleg. Zet het er eerst op.'),
} as const;

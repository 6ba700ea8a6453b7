import { answerRequests } from '../threads/thread-calls';
import { checkPassword, type PasswordOwner } from './password-policy';

/** The password thread (password-thread.ts): judges passwords with zxcvbn's dictionaries, which live only here. */
answerRequests((request: { id: number; password: string; owner: PasswordOwner }) => checkPassword(request.password, request.owner));

/**
 * Judging a page's permission requests (portal or host page): every one must be refused, and
 * refused at once — a request left without an answer may be a prompt waiting on screen.
 */
import { permissionNames, type PermissionAnswers } from '../page-scripts.ts';

/** The French name of each permission. */
export const permissionLabels: Readonly<Record<(typeof permissionNames)[number], string>> = {
  camera: 'caméra',
  microphone: 'micro',
  geolocation: 'position',
  notifications: 'notifications',
  clipboardRead: 'lecture du presse-papiers',
};

/** The permissions that were granted, and those left without an answer (French names). */
export function permissionProblems(answers: PermissionAnswers): { readonly granted: string[]; readonly unanswered: string[] } {
  const granted = permissionNames.filter((name) => answers[name] === 'granted').map((name) => permissionLabels[name]);
  const unanswered = permissionNames
    .filter((name) => answers[name] !== 'granted' && !answers[name].startsWith('denied:'))
    .map((name) => permissionLabels[name]);
  return { granted, unanswered };
}

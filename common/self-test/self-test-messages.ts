/** What staff read when they start the self-test, in both shells. */

/** A run has started (it answers at once and takes minutes). */
export const selfTestStartedMessage =
  'L’auto-test a commencé. Il dure une dizaine de minutes\u202F: la borne ouvre des pages, recharge son écran et revient plusieurs fois à l’accueil. Ne touchez pas l’écran\u202F; rouvrez ensuite le mode personnel pour lire le rapport.';

/** A visit is in progress: the self-test starts only from the attract screen. */
export const selfTestVisitMessage =
  'Une visite est en cours\u202F: terminez-la et revenez à l’écran d’accueil avant de lancer l’auto-test (en mode «\u202FAccueil du secrétariat\u202F», passez d’abord en mode public ou démonstration).';

/** A run is already going. */
export const selfTestRunningMessage = 'Un auto-test est déjà en cours\u202F: attendez sa fin, puis rouvrez le mode personnel pour lire le rapport.';

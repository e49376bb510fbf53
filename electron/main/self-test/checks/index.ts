/** Every check of the self-test, in the catalogue's order. */
import { runnable, type RunnableCheck } from '../self-test-check.ts';
import { crashRecoveryCheck } from './crash-recovery.ts';
import { defaultSessionPermissionsCheck } from './default-session-permissions.ts';
import { downloadsPermissionsCheck } from './downloads-permissions.ts';
import { endOfVisitWipeCheck } from './end-of-visit-wipe.ts';
import { fiftyVisitsCheck } from './fifty-visits.ts';
import { freshPartitionCheck } from './fresh-partition.ts';
import { fusesCheck } from './fuses.ts';
import { hostNavigationCheck } from './host-navigation.ts';
import { hostWindowCheck } from './host-window.ts';
import { idleResetCheck } from './idle-reset.ts';
import { ipcSendersCheck } from './ipc-senders.ts';
import { launchTimeCheck } from './launch-time.ts';
import { memoryTwentyVisitsCheck } from './memory-twenty-visits.ts';
import { navigationAllowListCheck } from './navigation-allow-list.ts';
import { pageRecognitionCheck } from './page-recognition.ts';
import { portalRefusalsCheck } from './portal-refusals.ts';
import { portalTypingCheck } from './portal-typing.ts';
import { shortcutLockdownCheck } from './shortcut-lockdown.ts';
import { slipPdfCheck } from './slip-pdf.ts';
import { slipPrinterCheck } from './slip-printer.ts';
import { syntheticActivityCheck } from './synthetic-activity.ts';

/** The checks, in running order (the launch time first: it measures the start). */
export const selfTestChecks: readonly RunnableCheck[] = [
  runnable(launchTimeCheck),
  runnable(hostWindowCheck),
  runnable(ipcSendersCheck),
  runnable(freshPartitionCheck),
  runnable(fiftyVisitsCheck),
  runnable(navigationAllowListCheck),
  runnable(downloadsPermissionsCheck),
  runnable(portalTypingCheck),
  runnable(endOfVisitWipeCheck),
  runnable(slipPdfCheck),
  runnable(slipPrinterCheck),
  runnable(crashRecoveryCheck),
  runnable(shortcutLockdownCheck),
  runnable(idleResetCheck),
  runnable(fusesCheck),
  runnable(memoryTwentyVisitsCheck),
  runnable(hostNavigationCheck),
  runnable(portalRefusalsCheck),
  runnable(pageRecognitionCheck),
  runnable(syntheticActivityCheck),
  runnable(defaultSessionPermissionsCheck),
];

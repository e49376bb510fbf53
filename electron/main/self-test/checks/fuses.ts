/**
 * The packaged executable's Electron fuses, read back from the file itself, match the ones
 * electron-builder was told to set. Only the installed kiosk has them set: elsewhere the check is
 * not done ("non empaqueté").
 */
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { expectedFuses, type FuseName } from '../expected-fuses.ts';
import type { FuseReading } from '../self-test-kiosk.ts';
import { frenchList, outcome, type SelfTestCheck } from '../self-test-check.ts';

/** What the check saw: each fuse as read from the executable. */
export interface FusesObservation {
  readonly readout: Readonly<Record<string, FuseReading>>;
}

const readingLabels: Readonly<Record<FuseReading | 'absent', string>> = {
  enabled: 'activé',
  disabled: 'désactivé',
  removed: 'retiré',
  inherit: 'par défaut',
  absent: 'absent',
};

/** The fuses check. */
export const fusesCheck: SelfTestCheck<FusesObservation> = {
  ...selfTestCheckInfo('fuses'),
  timeoutMs: 20_000,
  skipReason: (environment) => (environment.packaged ? undefined : 'non empaqueté\u202F: les verrous ne sont posés que sur la version installée'),
  run: async ({ kiosk }) => ({ readout: await kiosk.fuses() }),
  verdict: ({ readout }) => {
    const wrong = (Object.entries(expectedFuses) as [FuseName, boolean][])
      .filter(([name, wanted]) => readout[name] !== (wanted ? 'enabled' : 'disabled'))
      .map(([name, wanted]) => `${name} (attendu ${wanted ? 'activé' : 'désactivé'}, lu ${readingLabels[readout[name] ?? 'absent']})`);
    if (wrong.length > 0) return outcome.failed(`verrous différents de l’empaquetage\u202F: ${frenchList(wrong)}`);
    return outcome.passed(`les ${String(Object.keys(expectedFuses).length)} verrous lus dans l’exécutable sont ceux de l’empaquetage`);
  },
};

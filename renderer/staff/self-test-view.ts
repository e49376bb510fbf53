/**
 * How the staff screen words the last self-test report: its date, its counts, and what each
 * check's verdict is called (réussi, en échec, non vérifié).
 */
import { verdictLabels, type SelfTestReport, type SelfTestVerdict } from '../../common/self-test/self-test-report.ts';

/** The French word of a verdict. */
export function verdictLabel(verdict: SelfTestVerdict): string {
  return verdictLabels[verdict];
}

/** The report's date in French ("2 septembre 2025 à 10:00"), in the kiosk's time zone. */
export function reportDate(report: Pick<SelfTestReport, 'finishedAt'>, timeZone?: string): string {
  const date = new Date(report.finishedAt);
  if (Number.isNaN(date.getTime())) return 'date inconnue';
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', ...(timeZone === undefined ? {} : { timeZone }) }).format(date);
}

const plural = (count: number, word: string): string => `${String(count)} ${word}${count > 1 ? 's' : ''}`;

/** One line: how many checks passed, failed, were not verified. */
export function reportCounts(report: Pick<SelfTestReport, 'summary'>): string {
  const { passed, failed, skipped } = report.summary;
  return `${plural(passed, 'réussie')}, ${String(failed)} en échec, ${plural(skipped, 'non vérifiée')}`;
}

/** What the report means for the référent, in one sentence. */
export function reportConclusion(report: Pick<SelfTestReport, 'summary' | 'platform'>): string {
  if (report.summary.failed > 0) return 'Des vérifications sont en échec : envoyez le fichier self-test-report.json (dans le dossier de données de la borne) au support.';
  if (report.summary.passed === 0) {
    return report.platform === 'browser'
      ? 'Aperçu dans le navigateur : rien n’a pu être vérifié ici. Lancez l’auto-test sur la borne elle-même.'
      : 'Aucune vérification n’a pu être faite : envoyez le fichier self-test-report.json au support.';
  }
  return 'Tout est en ordre.';
}

/**
 * The statistics file under the app's data folder: loaded once at start, replaced atomically on
 * every save, set aside (never deleted) when it is corrupt, and exported as CSV on request. Staff
 * read the warnings and export messages in French; the log gets one English line each.
 */
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CalendarDay } from '../../../common/statistics/calendar-day.ts';
import { statisticsToCsv } from '../../../common/statistics/statistics-csv.ts';
import { emptyStatistics, parseStatistics, type Statistics } from '../../../common/statistics/statistics.ts';
import type { Logger } from '../log.ts';
import { isTemporaryFileOf, nodeAtomicWriteFs, writeFileAtomic, type AtomicWriteFs } from './atomic-write.ts';

/** The statistics file's name inside its folder. */
export const statisticsFileName = 'statistics.json';

/** The file operations the store needs, beyond an atomic write. */
export interface StatisticsFs extends AtomicWriteFs {
  /** Reads a UTF-8 file; rejects with `code: 'ENOENT'` when it does not exist. */
  readFile(file: string): Promise<string>;
  /** Creates a folder and its parents; succeeds when it exists. */
  mkdir(folder: string): Promise<void>;
  /** The names in a folder. */
  readdir(folder: string): Promise<string[]>;
  /** True when `file` exists (file or folder). */
  exists(file: string): Promise<boolean>;
  /** True when `folder` exists and is a folder. */
  isDirectory(folder: string): Promise<boolean>;
}

/** The real file system. */
export const nodeStatisticsFs: StatisticsFs = {
  ...nodeAtomicWriteFs,
  readFile: (file) => readFile(file, 'utf8'),
  mkdir: async (folder) => {
    await mkdir(folder, { recursive: true });
  },
  readdir: (folder) => readdir(folder),
  exists: async (file) => {
    try {
      await stat(file);
      return true;
    } catch {
      return false;
    }
  },
  isDirectory: async (folder) => {
    try {
      return (await stat(folder)).isDirectory();
    } catch {
      return false;
    }
  },
};

/** What loading found: the statistics to continue with, and a warning for staff when the file was set aside. */
export interface StatisticsLoad {
  readonly statistics: Statistics;
  /** In French, for the staff screen; absent when all went well. */
  readonly warning?: string;
}

/** The outcome of a CSV export, with a message for staff in French. */
export type StatisticsExport =
  | { readonly ok: true; readonly file: string; readonly message: string }
  | { readonly ok: false; readonly message: string };

/** Loads, saves and exports the statistics file. */
export interface StatisticsStore {
  /** The statistics file's path. */
  readonly file: string;
  /** Reads the file; a missing one starts empty, a corrupt one is set aside and reported. Never throws. */
  load(): Promise<StatisticsLoad>;
  /** Replaces the file atomically; saves run one after the other. Throws when the disk refuses. */
  save(statistics: Statistics): Promise<void>;
  /** Writes the statistics as CSV into `folder` (the configured export folder). Never throws. */
  exportCsv(statistics: Statistics, folder: string | undefined): Promise<StatisticsExport>;
}

/** What the store needs. */
export interface StatisticsStoreOptions {
  /** The folder holding the statistics file (under the app's data folder). */
  readonly folder: string;
  /** Today's calendar day (`dayOf(new Date())`), for the names of set-aside and exported files. */
  readonly today: () => CalendarDay;
  readonly log: Pick<Logger, 'info' | 'warn'>;
  /** The file system; the real one by default. */
  readonly fs?: StatisticsFs;
}

/** Largest number tried for a set-aside file's name on one day (`.corrupt-<day>-<n>`). */
const maxSetAsideNames = 100;

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/** Creates the store of the statistics file under `options.folder`. */
export function createStatisticsStore(options: StatisticsStoreOptions): StatisticsStore {
  const fs = options.fs ?? nodeStatisticsFs;
  const file = path.join(options.folder, statisticsFileName);
  let saving: Promise<unknown> = Promise.resolve();

  const removeStrayTemporaryFiles = async (): Promise<void> => {
    for (const name of await fs.readdir(options.folder)) {
      if (isTemporaryFileOf(name, statisticsFileName)) await fs.unlink(path.join(options.folder, name)).catch(() => undefined);
    }
  };

  const setAside = async (): Promise<string> => {
    const base = `${file}.corrupt-${options.today()}`;
    for (let n = 1; n <= maxSetAsideNames; n += 1) {
      const candidate = n === 1 ? base : `${base}-${String(n)}`;
      if (!(await fs.exists(candidate))) {
        await fs.rename(file, candidate);
        return path.basename(candidate);
      }
    }
    throw new Error('no free name to set the statistics file aside');
  };

  const load = async (): Promise<StatisticsLoad> => {
    let text: string;
    try {
      await fs.mkdir(options.folder);
      await removeStrayTemporaryFiles();
      text = await fs.readFile(file);
    } catch (error) {
      if (isMissing(error)) return { statistics: emptyStatistics };
      options.log.warn('statistics: the statistics file cannot be read; counting starts afresh in memory');
      return {
        statistics: emptyStatistics,
        warning: 'Le fichier des statistiques ne peut pas être lu (droits d’accès ?). Les statistiques repartent de zéro.',
      };
    }
    const parsed = parseStatistics(text);
    if (parsed.ok) return { statistics: parsed.statistics };
    try {
      const setAsideName = await setAside();
      options.log.warn(`statistics: the statistics file was corrupt; set aside as ${setAsideName}`);
      return {
        statistics: emptyStatistics,
        warning: `Le fichier des statistiques était abîmé : il a été mis de côté sous le nom « ${setAsideName} » et de nouvelles statistiques ont commencé.`,
      };
    } catch {
      options.log.warn('statistics: the statistics file was corrupt and could not be set aside');
      return {
        statistics: emptyStatistics,
        warning: 'Le fichier des statistiques était abîmé et n’a pas pu être mis de côté. Les statistiques repartent de zéro.',
      };
    }
  };

  const save = (statistics: Statistics): Promise<void> => {
    const done = saving.then(() => writeFileAtomic(fs, file, `${JSON.stringify(statistics)}\n`));
    saving = done.catch(() => undefined);
    return done;
  };

  const exportCsv = async (statistics: Statistics, folder: string | undefined): Promise<StatisticsExport> => {
    if (folder === undefined || folder.trim() === '') {
      return { ok: false, message: 'Aucun dossier d’export n’est indiqué dans la configuration.' };
    }
    if (!(await fs.isDirectory(folder))) {
      options.log.warn('statistics: the export folder does not exist');
      return {
        ok: false,
        message: `Le dossier d’export « ${folder} » est introuvable. Vérifiez que la clé USB ou le partage réseau est bien branché, ou corrigez le dossier dans la configuration.`,
      };
    }
    const target = path.join(folder, `statistiques-borne-${options.today()}.csv`);
    try {
      // The byte order mark lets spreadsheets read the accents as UTF-8.
      await writeFileAtomic(fs, target, `\uFEFF${statisticsToCsv(statistics)}`);
    } catch {
      options.log.warn('statistics: the CSV export could not be written');
      return {
        ok: false,
        message: `Impossible d’écrire dans le dossier d’export « ${folder} » (droits d’accès ou disque plein ?).`,
      };
    }
    options.log.info('statistics: exported as CSV');
    return { ok: true, file: target, message: `Statistiques exportées dans « ${target} ».` };
  };

  return { file, load, save, exportCsv };
}

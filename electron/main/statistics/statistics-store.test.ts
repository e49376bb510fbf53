import { describe, expect, it } from 'vitest';
import { emptyStatistics, parseStatistics, recordStatistic } from '../../../common/statistics/statistics.ts';
import { createStatisticsStore } from './statistics-store.ts';
import { MemoryFs } from './test-support/memory-fs.ts';

const some = recordStatistic(emptyStatistics, '2025-09-02', { kind: 'visit-started' });

function setup(day = '2025-09-02') {
  const fs = new MemoryFs();
  const lines: string[] = [];
  const log = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
  const store = createStatisticsStore({ folder: '/data/statistics', today: () => day, log, fs });
  return { fs, lines, store };
}

describe('the statistics store', () => {
  it('starts empty, without a warning, when there is no file yet, and creates its folder', async () => {
    const { fs, store } = setup();
    await expect(store.load()).resolves.toEqual({ statistics: emptyStatistics });
    expect(fs.folders.has('/data/statistics')).toBe(true);
    expect(store.file).toBe('/data/statistics/statistics.json');
  });

  it('saves and loads back the same statistics', async () => {
    const { fs, store } = setup();
    await store.load();
    await store.save(some);
    expect(parseStatistics(fs.files.get(store.file) ?? '')).toEqual({ ok: true, statistics: some });
    await expect(store.load()).resolves.toEqual({ statistics: some });
  });

  it.each([
    ['empty', ''],
    ['truncated', JSON.stringify(some).slice(0, 25)],
    ['not statistics', '{"hello":"world"}'],
  ])('sets an %s file aside, starts afresh, and warns staff in French', async (_name, text) => {
    const { fs, lines, store } = setup();
    await fs.mkdir('/data/statistics');
    fs.files.set(store.file, text);
    const loaded = await store.load();
    expect(loaded.statistics).toEqual(emptyStatistics);
    expect(loaded.warning).toBe(
      'Le fichier des statistiques était abîmé : il a été mis de côté sous le nom « statistics.json.corrupt-2025-09-02 » et de nouvelles statistiques ont commencé.',
    );
    expect(fs.files.get('/data/statistics/statistics.json.corrupt-2025-09-02')).toBe(text);
    expect(fs.files.has(store.file)).toBe(false);
    expect(lines).toEqual(['statistics: the statistics file was corrupt; set aside as statistics.json.corrupt-2025-09-02']);
    await store.save(some);
    await expect(store.load()).resolves.toEqual({ statistics: some });
  });

  it('never overwrites an earlier set-aside file of the same day', async () => {
    const { fs, store } = setup();
    await fs.mkdir('/data/statistics');
    fs.files.set('/data/statistics/statistics.json.corrupt-2025-09-02', 'first');
    fs.files.set(store.file, 'second');
    const loaded = await store.load();
    expect(loaded.warning).toContain('statistics.json.corrupt-2025-09-02-2');
    expect(fs.files.get('/data/statistics/statistics.json.corrupt-2025-09-02')).toBe('first');
    expect(fs.files.get('/data/statistics/statistics.json.corrupt-2025-09-02-2')).toBe('second');
  });

  it('still starts, with a warning, when a corrupt file cannot be set aside or the file cannot be read', async () => {
    const corrupt = setup();
    await corrupt.fs.mkdir('/data/statistics');
    corrupt.fs.files.set(corrupt.store.file, '{');
    corrupt.fs.failing.set('rename', 'EPERM');
    const loaded = await corrupt.store.load();
    expect(loaded.statistics).toEqual(emptyStatistics);
    expect(loaded.warning).toContain('n’a pas pu être mis de côté');

    const unreadable = setup();
    unreadable.fs.failing.set('readFile', 'EACCES');
    const denied = await unreadable.store.load();
    expect(denied.statistics).toEqual(emptyStatistics);
    expect(denied.warning).toContain('ne peut pas être lu');
  });

  it('removes temporary files left by an interrupted save, and only those', async () => {
    const { fs, store } = setup();
    await fs.mkdir('/data/statistics');
    fs.files.set(`${store.file}.tmp-123-abc`, '{"vers');
    fs.files.set('/data/statistics/statistics.json.corrupt-2025-08-01', 'old');
    fs.files.set(store.file, JSON.stringify(some));
    await expect(store.load()).resolves.toEqual({ statistics: some });
    expect([...fs.files.keys()].sort()).toEqual([
      '/data/statistics/statistics.json',
      '/data/statistics/statistics.json.corrupt-2025-08-01',
    ]);
  });

  it('runs saves one after the other, the last one winning', async () => {
    const { fs, store } = setup();
    await store.load();
    const later = recordStatistic(some, '2025-09-02', { kind: 'slip-printed' });
    await Promise.all([store.save(some), store.save(later)]);
    expect(parseStatistics(fs.files.get(store.file) ?? '')).toEqual({ ok: true, statistics: later });
    const writes = fs.calls.filter((call) => call.startsWith('writeNewFileSynced') || call.startsWith('rename'));
    expect(writes.map((call) => call.split(' ')[0])).toEqual(['writeNewFileSynced', 'rename', 'writeNewFileSynced', 'rename']);
  });

  it('rejects a save the disk refuses and keeps the previous file', async () => {
    const { fs, store } = setup();
    await store.load();
    await store.save(some);
    fs.failing.set('writeNewFileSynced', 'ENOSPC');
    await expect(store.save(emptyStatistics)).rejects.toThrow('ENOSPC');
    expect(parseStatistics(fs.files.get(store.file) ?? '')).toEqual({ ok: true, statistics: some });
    fs.failing.clear();
    await store.save(emptyStatistics);
    expect(parseStatistics(fs.files.get(store.file) ?? '')).toEqual({ ok: true, statistics: emptyStatistics });
  });
});

describe('the CSV export', () => {
  it('writes a dated CSV with a byte order mark into the export folder', async () => {
    const { fs, store } = setup();
    await fs.mkdir('/media/cle-usb');
    const result = await store.exportCsv(some, '/media/cle-usb');
    expect(result).toEqual({
      ok: true,
      file: '/media/cle-usb/statistiques-borne-2025-09-02.csv',
      message: 'Statistiques exportées dans « /media/cle-usb/statistiques-borne-2025-09-02.csv ».',
    });
    const csv = fs.files.get('/media/cle-usb/statistiques-borne-2025-09-02.csv') ?? '';
    expect(csv.startsWith('\uFEFFjour;compteur;détail;nombre\r\n2025-09-02;visites commencées;;1\r\n')).toBe(true);
  });

  it('says clearly, in French, when the export folder is missing, and creates nothing', async () => {
    const { fs, store } = setup();
    const result = await store.exportCsv(some, '/media/cle-usb');
    expect(result).toEqual({
      ok: false,
      message:
        'Le dossier d’export « /media/cle-usb » est introuvable. Vérifiez que la clé USB ou le partage réseau est bien branché, ou corrigez le dossier dans la configuration.',
    });
    expect(fs.folders.has('/media/cle-usb')).toBe(false);
    expect(fs.files.size).toBe(0);
  });

  it('says when no export folder is configured', async () => {
    const { store } = setup();
    for (const folder of [undefined, '', '  ']) {
      await expect(store.exportCsv(some, folder)).resolves.toEqual({
        ok: false,
        message: 'Aucun dossier d’export n’est indiqué dans la configuration.',
      });
    }
  });

  it('says when the export folder cannot be written to', async () => {
    const { fs, store } = setup();
    await fs.mkdir('/media/cle-usb');
    fs.failing.set('writeNewFileSynced', 'EACCES');
    const result = await store.exportCsv(some, '/media/cle-usb');
    expect(result).toEqual({
      ok: false,
      message: 'Impossible d’écrire dans le dossier d’export « /media/cle-usb » (droits d’accès ou disque plein ?).',
    });
  });
});

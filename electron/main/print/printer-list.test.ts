import type { PrinterInfo } from 'electron';
import { describe, expect, it } from 'vitest';
import { listedPrinters, printerState } from './printer-list.ts';

describe('printerState', () => {
  it('reads CUPS states and reasons', () => {
    expect(printerState({ 'printer-state': '3', 'printer-state-reasons': 'none' })).toBe('ready');
    expect(printerState({ 'printer-state': '4', 'printer-state-reasons': 'none' })).toBe('ready');
    expect(printerState({ 'printer-state': '5', 'printer-state-reasons': 'paused' })).toBe('unavailable');
    expect(printerState({ 'printer-state': '3', 'printer-state-reasons': 'offline-report' })).toBe('unavailable');
    expect(printerState({ 'printer-state': '3', 'printer-state-reasons': 'media-empty-error' })).toBe('unavailable');
  });

  it('does not guess where the platform says nothing (Windows)', () => {
    expect(printerState({ 'printer-location': 'Hall', 'system_driverinfo': 'EPSON' })).toBe('unknown');
  });
});

describe('listedPrinters', () => {
  it('keeps names and state', () => {
    const printers = [
      { name: 'TM_T20III', displayName: 'EPSON TM-T20III', description: '', options: { 'printer-state': '3' } },
      { name: 'PDF', displayName: 'PDF', description: '', options: {} },
    ] as PrinterInfo[];
    expect(listedPrinters(printers)).toEqual([
      { name: 'TM_T20III', displayName: 'EPSON TM-T20III', state: 'ready' },
      { name: 'PDF', displayName: 'PDF', state: 'unknown' },
    ]);
  });
});

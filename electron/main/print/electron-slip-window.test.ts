import type { BrowserWindowConstructorOptions, WebContentsPrintOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { FakeWebContents } from '../test-support/fake-web-contents.ts';
import { createElectronSlipWindowFactory, slipPrintPartition, slipWindowOptions } from './electron-slip-window.ts';

class FakeSlipContents extends FakeWebContents {
  loadURL = vi.fn(() => Promise.resolve());
  print = vi.fn();
}

class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeSlipContents(7);
  destroyed = false;
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
  isDestroyed = vi.fn(() => this.destroyed);

  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeBrowserWindow.created.push(this);
  }
}

function create() {
  FakeBrowserWindow.created.length = 0;
  const factory = createElectronSlipWindowFactory({ BrowserWindow: FakeBrowserWindow as never });
  const slipWindow = factory();
  const browser = FakeBrowserWindow.created[0];
  if (browser === undefined) throw new Error('no window');
  return { slipWindow, browser, contents: browser.webContents };
}

describe('slipWindowOptions', () => {
  it('is hidden, JavaScript-free, sandboxed, in memory, and measures its layout', () => {
    const options = slipWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      enablePreferredSizeMode: true,
      partition: slipPrintPartition,
    });
    expect(options.webPreferences?.preload).toBeUndefined();
    expect(slipPrintPartition.startsWith('persist:')).toBe(false);
  });
});

describe('createElectronSlipWindowFactory', () => {
  it('loads, reports heights, prints and closes through the window', async () => {
    const { slipWindow, browser, contents } = create();
    await slipWindow.load('data:text/html,x');
    expect(contents.loadURL).toHaveBeenCalledWith('data:text/html,x');
    const heights: number[] = [];
    slipWindow.onContentHeight((height) => heights.push(height));
    contents.emit('preferred-size-changed', { width: 303, height: 812 });
    expect(heights).toEqual([812]);
    const callback = vi.fn();
    const options: WebContentsPrintOptions = { silent: true };
    slipWindow.print(options, callback);
    expect(contents.print).toHaveBeenCalledWith(options, callback);
    slipWindow.destroy();
    slipWindow.destroy();
    expect(browser.destroy).toHaveBeenCalledOnce();
  });

  it('never navigates and never opens a window', () => {
    const { contents } = create();
    expect(contents.emit('will-navigate').preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('passes on a load failure', async () => {
    const { slipWindow, contents } = create();
    contents.loadURL.mockImplementationOnce(() => Promise.reject(new Error('ERR_INVALID_URL')));
    await expect(slipWindow.load('data:')).rejects.toThrow('ERR_INVALID_URL');
  });
});

import { describe, expect, it } from 'vitest';
import { FakeElectron } from '../test-support/fake-electron-windows.ts';
import { FakeWebContents } from '../test-support/fake-web-contents.ts';
import { bootKiosk, type BootPartTypes, type BootSteps } from './boot-state.ts';

/** A part of the fake boot: which step made it. */
interface Part {
  readonly madeBy: string;
}

interface FakeParts extends BootPartTypes {
  readonly hardening: Part;
  readonly settings: Part;
  readonly host: Part;
  readonly portal: Part;
  readonly services: Part;
  readonly bridge: Part;
}

/** One step run: its name and the parts it was given. */
interface StepCall {
  readonly step: string;
  readonly saw: readonly string[];
}

/** Steps that record their calls and the parts each one received; `overrides` replace some. */
function recordingSteps(overrides: Partial<BootSteps<FakeParts>> = {}): { steps: BootSteps<FakeParts>; calls: StepCall[] } {
  const calls: StepCall[] = [];
  const record = (step: string, parts?: object): void => {
    calls.push({ step, saw: parts === undefined ? [] : Object.keys(parts) });
  };
  const steps: BootSteps<FakeParts> = {
    takeSingleInstanceLock: () => {
      record('takeSingleInstanceLock');
      return true;
    },
    quit: () => record('quit'),
    registerSchemes: () => record('registerSchemes'),
    hardenApp: () => {
      record('hardenApp');
      return { madeBy: 'hardenApp' };
    },
    whenReady: async () => record('whenReady'),
    loadSettings: async (parts) => {
      record('loadSettings', parts);
      return { madeBy: 'loadSettings' };
    },
    handleProtocol: (parts) => record('handleProtocol', parts),
    createHostWindow: (parts) => {
      record('createHostWindow', parts);
      return { madeBy: 'createHostWindow' };
    },
    createPortal: (parts) => {
      record('createPortal', parts);
      return { madeBy: 'createPortal' };
    },
    setupServices: async (parts) => {
      record('setupServices', parts);
      return { madeBy: 'setupServices' };
    },
    registerBridge: (parts) => {
      record('registerBridge', parts);
      return { madeBy: 'registerBridge' };
    },
    startMaintenance: (state) => record('startMaintenance', state),
    loadHostPage: (state) => record('loadHostPage', state),
    ...overrides,
  };
  return { steps, calls };
}

const stepsOf = (calls: readonly StepCall[]): string[] => calls.map((call) => call.step);

describe('bootKiosk', () => {
  it('runs the steps in Electron’s order: lock, schemes and hardening before ready; the page last', async () => {
    const { steps, calls } = recordingSteps();
    await bootKiosk(steps);
    expect(stepsOf(calls)).toEqual([
      'takeSingleInstanceLock',
      'registerSchemes',
      'hardenApp',
      'whenReady',
      'loadSettings',
      'handleProtocol',
      'createHostWindow',
      'createPortal',
      'setupServices',
      'registerBridge',
      'startMaintenance',
      'loadHostPage',
    ]);
  });

  it('gives each step only the parts created before it', async () => {
    const { steps, calls } = recordingSteps();
    await bootKiosk(steps);
    const saw = Object.fromEntries(calls.map((call) => [call.step, call.saw]));
    expect(saw).toMatchObject({
      loadSettings: ['hardening'],
      handleProtocol: ['hardening', 'settings'],
      createHostWindow: ['hardening', 'settings'],
      createPortal: ['hardening', 'settings', 'host'],
      setupServices: ['hardening', 'settings', 'host', 'portal'],
      registerBridge: ['hardening', 'settings', 'host', 'portal', 'services'],
      startMaintenance: ['hardening', 'settings', 'host', 'portal', 'services', 'bridge'],
      loadHostPage: ['hardening', 'settings', 'host', 'portal', 'services', 'bridge'],
    });
  });

  it('returns each part as the step that made it returned it, and lets no step add one', async () => {
    const added: unknown[] = [];
    const { steps } = recordingSteps({
      createPortal: (parts) => {
        added.push(Reflect.set(parts, 'portal', { madeBy: 'a step that is not createPortal' }));
        return { madeBy: 'createPortal' };
      },
    });
    const state = await bootKiosk(steps);
    expect(added).toEqual([false]);
    expect(state).toEqual({
      hardening: { madeBy: 'hardenApp' },
      settings: { madeBy: 'loadSettings' },
      host: { madeBy: 'createHostWindow' },
      portal: { madeBy: 'createPortal' },
      services: { madeBy: 'setupServices' },
      bridge: { madeBy: 'registerBridge' },
    });
    expect(Object.isFrozen(state)).toBe(true);
  });

  it('sets nothing up while Electron is not ready but the lock, the schemes and the hardening', async () => {
    let ready: () => void = () => undefined;
    const { steps, calls } = recordingSteps({
      whenReady: () =>
        new Promise<void>((resolve) => {
          ready = resolve;
        }),
    });
    const booted = bootKiosk(steps);
    await Promise.resolve();
    expect(stepsOf(calls)).toEqual(['takeSingleInstanceLock', 'registerSchemes', 'hardenApp']);
    ready();
    await booted;
    expect(stepsOf(calls)).toContain('loadHostPage');
  });

  it('quits a second kiosk before it registers or hardens anything', async () => {
    const { steps, calls } = recordingSteps({ takeSingleInstanceLock: () => false });
    expect(await bootKiosk(steps)).toBeUndefined();
    expect(stepsOf(calls)).toEqual(['quit']);
  });

  it('never loads the host page when a step before it fails', async () => {
    const { steps, calls } = recordingSteps({
      setupServices: () => Promise.reject(new Error('the statistics folder cannot be read')),
    });
    await expect(bootKiosk(steps)).rejects.toThrow('the statistics folder cannot be read');
    expect(stepsOf(calls)).not.toContain('registerBridge');
    expect(stepsOf(calls)).not.toContain('loadHostPage');
  });
});

describe('bootKiosk with a fake Electron', () => {
  /**
   * Steps that do what the kiosk's do, on a fake Electron that fires `web-contents-created` inside
   * the window constructor; `events` is the order things happened in.
   */
  function electronSteps() {
    const electron = new FakeElectron();
    const events: string[] = [];
    const handledSchemes = new Set<string>();
    const hardened: number[] = [];
    const ipcHandlers = new Map<string, () => string>();
    /** The host windows created: their web contents, and how their page loads. */
    const hosts: { readonly contentsId: number; readonly load: (url: string) => void }[] = [];
    const { steps } = recordingSteps({
      registerSchemes: () => events.push('scheme registered'),
      hardenApp: () => {
        electron.app.on('web-contents-created', (_event, contents) => {
          if (contents instanceof FakeWebContents) hardened.push(contents.id);
        });
        events.push('hardening installed');
        return { madeBy: 'hardenApp' };
      },
      handleProtocol: () => {
        handledSchemes.add('app');
        events.push('protocol handled');
      },
      createHostWindow: () => {
        const window = new electron.BrowserWindow({ show: false });
        events.push(`window created (contents ${String(window.webContents.id)})`);
        hosts.push({
          contentsId: window.webContents.id,
          load: (url) => {
            // The page asks for its files and calls the bridge as soon as it runs.
            const served = handledSchemes.has(new URL(url).protocol.slice(0, -1)) ? 'served' : 'not served';
            events.push(`page loaded (${served}, ${ipcHandlers.get('kiosk:invoke')?.() ?? 'no handler'})`);
          },
        });
        return { madeBy: 'createHostWindow' };
      },
      registerBridge: () => {
        ipcHandlers.set('kiosk:invoke', () => 'answered');
        events.push('bridge registered');
        return { madeBy: 'registerBridge' };
      },
      loadHostPage: () => {
        for (const host of hosts) host.load('app://kiosk/index.html');
      },
    });
    return { steps, events, hardened, hosts };
  }

  it('hardens the host window’s web contents, created inside its constructor', async () => {
    const { steps, hardened, hosts } = electronSteps();
    await bootKiosk(steps);
    expect(hosts).toHaveLength(1);
    expect(hardened).toEqual([hosts[0]?.contentsId]);
  });

  it('creates the window once its protocol is handled, and loads its page once the bridge answers', async () => {
    const { steps, events } = electronSteps();
    await bootKiosk(steps);
    expect(events).toEqual([
      'scheme registered',
      'hardening installed',
      'protocol handled',
      'window created (contents 1)',
      'bridge registered',
      'page loaded (served, answered)',
    ]);
  });
});

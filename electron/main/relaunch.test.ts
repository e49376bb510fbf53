import { describe, expect, it } from 'vitest';
import { relaunchOptions } from './relaunch.ts';

describe('relaunchOptions', () => {
  it('relaunches the portable Windows executable, not its temporary extraction', () => {
    expect(relaunchOptions({ PORTABLE_EXECUTABLE_FILE: 'D:\\Borne EduConnect 0.1.0.exe' })).toEqual({ execPath: 'D:\\Borne EduConnect 0.1.0.exe' });
  });

  it('relaunches the AppImage file, not its temporary mount', () => {
    expect(relaunchOptions({ APPIMAGE: '/home/borne/Borne-EduConnect.AppImage' })).toEqual({ execPath: '/home/borne/Borne-EduConnect.AppImage' });
  });

  it('relaunches an installed build as it is', () => {
    expect(relaunchOptions({})).toEqual({});
    expect(relaunchOptions({ APPIMAGE: '', PORTABLE_EXECUTABLE_FILE: '' })).toEqual({});
  });
});

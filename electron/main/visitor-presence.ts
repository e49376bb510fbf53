import type { KioskHandlers } from '../../common/bridge/dispatch.ts';

/**
 * Whether a visitor is at the kiosk, as the main process can tell from the bridge: a visit starts
 * when the renderer counts `visit-started`, and ends when it calls `endVisit` (by «Terminer», the
 * idle countdown, staff or the time limit). Used to restart the kiosk only between visitors.
 */
export class VisitorPresence {
  private present = false;

  /** True between a visit's start and its end. */
  isPresent(): boolean {
    return this.present;
  }

  /** The bridge handlers, telling this presence what they see; every answer is unchanged. */
  follow(handlers: KioskHandlers): KioskHandlers {
    return {
      ...handlers,
      recordStatistic: (event) => {
        if (event.kind === 'visit-started') this.present = true;
        return handlers.recordStatistic(event);
      },
      endVisit: (payload) => {
        this.present = false;
        return handlers.endVisit(payload);
      },
    };
  }
}

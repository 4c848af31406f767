// The runtime's timers, looked up where they are used: classic Outlook's JavaScript-only runtime
// may have none, and an event handler must still finish there (Outlook's own time-out then acts
// as the watchdog). Shared by the Send check and the phone's launch-event handler.

export type Timer = { set(callback: () => void, ms: number): unknown; clear(handle: unknown): void };

/** The runtime's setTimeout/clearTimeout, or undefined where it has none. */
export function runtimeTimer(): Timer | undefined {
  if (typeof setTimeout !== 'function' || typeof clearTimeout !== 'function') return undefined;
  return {
    set: (callback, ms) => setTimeout(callback, ms),
    clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

/** One event's ending: the first outcome wins, whichever path (verdict, failure, watchdog) reaches it first. */
export type EventEnd<T> = {
  /** Stops the watchdog and calls `complete` with this outcome; later calls do nothing. */
  finish(outcome: T): void;
  /** Finishes with `late()` after `ms` unless finished by then; nothing where the runtime has no timers. */
  watch(ms: number, late: () => T): void;
};

/**
 * Office allows event.completed once per event, and a hung Office call must not keep the mail
 * waiting: the Send check and the phone's handler end their events through this one piece.
 * `complete` must not throw (Office's dispatcher calls it).
 */
export function eventEnd<T>(timers: Timer | undefined, complete: (outcome: T) => void): EventEnd<T> {
  let done = false;
  let handle: unknown;
  const finish = (outcome: T): void => {
    if (done) return;
    done = true;
    if (timers && handle !== undefined) {
      try {
        timers.clear(handle);
      } catch {
        // The event is done; a timer that fires later finds it so.
      }
    }
    complete(outcome);
  };
  return {
    finish,
    watch: (ms, late) => {
      if (timers) handle = timers.set(() => finish(late()), ms);
    },
  };
}

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

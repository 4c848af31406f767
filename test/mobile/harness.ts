// Runs one phone launch event and checks what Outlook on a phone would see afterwards.
import { PHONE_NOTICE } from '../../src/domain';
import { PHONE_NOTICE_ICON, PHONE_NOTICE_KEY } from '../../src/mobile/names';
import type { StandInNotice } from '../onsend/officeStandIn';
import type { PhoneCase } from './cases';

type Handler = (event: { completed(...args: unknown[]): void }) => void;

/** Fires one event; resolves with the number of completed calls once a second one could have come. */
export function fireEvent(handler: Handler): Promise<number> {
  return new Promise((resolve) => {
    let count = 0;
    handler({
      completed: () => {
        count++;
        if (count === 1) setTimeout(() => resolve(count), 20);
      },
    });
  });
}

/** The notice the case expects, against the item's notices afterwards. */
export function expectNotice(c: PhoneCase, notices: Map<string, StandInNotice>): void {
  const before = c.options?.notices?.[PHONE_NOTICE_KEY];
  const got = notices.get(PHONE_NOTICE_KEY);
  // One key only: never a second notice of ours.
  expect([...notices.keys()].filter((k) => k !== PHONE_NOTICE_KEY)).toEqual([]);
  if (c.notice === 'unchanged') {
    expect(got?.message).toBe(before);
    return;
  }
  if (c.notice === null) {
    expect(got).toBeUndefined();
    return;
  }
  expect(got).toEqual({ type: 'informationalMessage', message: PHONE_NOTICE[c.notice][c.lang ?? 'nl'], icon: PHONE_NOTICE_ICON, persistent: true });
}

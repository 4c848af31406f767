// The port's one way to fail: a rejection with a MailboxError. Tests read its code and message.
import { MailboxError } from '../../src/office/port';

/** The MailboxError `promise` rejects with; fails the test if it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<MailboxError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(MailboxError);
    return error as MailboxError;
  }
  throw new Error('expected a rejection');
}

// The pane's wiring, in one place: one store, the Office calls with their retries, the encryption
// loader and the actions over them. useReferralController builds it for the pane, the actions'
// unit tests for a simulated mailbox; what differs (the cipher, the rules, the pauses) comes in.
import type { Registry } from '../../domain';
import type { MailboxPort } from '../../office/port';
import { makeCall } from '../mailActions';
import type { ReferralActions } from '../intents';
import { bindIntents } from '../intents';
import { encryptRetrying } from '../intents/encrypt';
import type { IntentEnv } from '../intents/intent';
import type { CryptoLoader } from './cryptoLoader';
import { createCryptoLoader } from './cryptoLoader';
import { rulesChunk } from './rulesLoader';
import type { FlowStore } from './store';
import { createFlowStore } from './store';

export type ReferralOptions = {
  port: MailboxPort;
  registry: Registry;
  now?: () => Date;
  /** Default: the encrypt chunk and its worker (cryptoLoader.ts). */
  crypto?: CryptoLoader;
  /** Default: the rules chunk (rulesLoader.ts). */
  rules?: IntentEnv['rules'];
  /** Pauses before the retries of a transient Office failure (default: withRetry's). */
  delaysMs?: readonly number[];
};

export type Referral = { store: FlowStore; crypto: CryptoLoader; actions: ReferralActions };

export function createReferral({ port, registry, now = () => new Date(), crypto, rules = rulesChunk, delaysMs }: ReferralOptions): Referral {
  const store = createFlowStore();
  const call = makeCall({ onRetry: () => store.update(encryptRetrying), ...(delaysMs ? { delaysMs } : {}) });
  const loader = crypto ?? createCryptoLoader(now);
  const actions = bindIntents({ getState: store.getState, update: store.update, port, call, registry, crypto: loader, rules, now });
  return { store, crypto: loader, actions };
}

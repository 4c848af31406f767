// The encryption side is loaded on demand (the `encrypt` chunk) and its worker started ahead, as
// soon as encrypting becomes possible, so the click does not wait for either.
import type { PaneEncryptDeps } from '../cryptoDeps';
import { loadOnce } from '../loadOnce';

const encryptChunk = loadOnce(() => import(/* webpackChunkName: "encrypt" */ '../cryptoDeps'));

export type CryptoLoader = {
  /** Loads the chunk and starts a worker, unless one is already waiting. */
  warmUp(): void;
  /** Ends a worker started ahead and not taken. */
  dispose(): void;
  /** The worker started ahead, or a new one: it is the caller's from now on. */
  take(): Promise<PaneEncryptDeps>;
};

export function createCryptoLoader(now: () => Date): CryptoLoader {
  let warm: PaneEncryptDeps | null = null;
  // Bumped by dispose and take, so a chunk that arrives after either is not started any more.
  let generation = 0;
  const load = encryptChunk.load;
  return {
    warmUp() {
      if (warm !== null) return;
      const mine = ++generation;
      load().then(
        ({ createEncryptDeps }) => {
          if (mine !== generation || warm !== null) return;
          warm = createEncryptDeps(now);
          warm.warmUp();
        },
        // The click loads it again and reports what fails then.
        () => undefined,
      );
    },
    dispose() {
      generation++;
      warm?.dispose();
      warm = null;
    },
    async take() {
      generation++;
      const taken = warm;
      warm = null;
      return taken ?? (await load()).createEncryptDeps(now);
    },
  };
}

// The task pane's way to the built-in editions: one chunk per edition, fetched in parallel before
// the pane renders (about 7 KB gzip each), so they do not weigh on its initial JavaScript.
import { BUILTIN_EDITIONS, registerBuiltinEdition } from '../builtin';

/** Fetches and registers every built-in edition; rejects when a chunk cannot be fetched. */
export async function loadBuiltinEditions(): Promise<void> {
  const modules = await Promise.all(
    BUILTIN_EDITIONS.map(
      (edition) =>
        import(/* webpackChunkName: "edition-[request]" */ `./pii-${edition}.json`) as Promise<{
          default: unknown;
        }>,
    ),
  );
  modules.forEach((m, i) => registerBuiltinEdition(BUILTIN_EDITIONS[i], m.default));
}

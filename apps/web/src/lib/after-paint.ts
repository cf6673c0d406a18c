/**
 * Work that is not on the first screen, done after it is painted: a view renders its first part at
 * once and the rest in a transition (which yields to input and to the next route change).
 */
import { startTransition, useEffect, useState } from 'react';

/**
 * `true` once the frame that first showed `key` has been painted (then the rest of what `key` shows
 * may render); `false` again for a new key. The transition starts after the next frame, since work
 * scheduled sooner would hold that frame back.
 */
export function useAfterPaint(key: unknown): boolean {
  const [doneFor, setDoneFor] = useState<{ key: unknown } | null>(null);
  const done = doneFor !== null && Object.is(doneFor.key, key);
  useEffect(() => {
    if (done) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setDoneFor({ key })), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [done, key]);
  return done;
}

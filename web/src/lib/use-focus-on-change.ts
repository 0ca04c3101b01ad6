import { type RefObject, useEffect, useRef } from 'react';

/**
 * Moves focus to what changed after an action: once `key` changes (not on the first render), the element
 * the returned ref points to is scrolled into view and focused, as soon as it is on the page (it may
 * appear a render later, e.g. once the server's answer is in the cache). A null or false key never
 * moves focus. The target needs `tabIndex={-1}` when it is not focusable itself (a heading, an alert).
 */
export function useFocusOnChange<T extends HTMLElement = HTMLElement>(
  key: unknown,
  { block = 'center' }: { block?: ScrollLogicalPosition } = {},
): RefObject<T | null> {
  const ref = useRef<T>(null);
  const previous = useRef(key);
  const pending = useRef(false);
  // After every render: the target may mount later than the change that asks for it.
  useEffect(() => {
    if (!Object.is(previous.current, key)) {
      previous.current = key;
      pending.current = key !== null && key !== undefined && key !== false;
    }
    const target = ref.current;
    if (!pending.current || !target) return;
    pending.current = false;
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block });
  });
  return ref;
}

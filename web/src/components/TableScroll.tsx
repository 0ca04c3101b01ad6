import type { ReactNode } from 'react';
import './table-scroll.css';

/**
 * A wide table scrolls inside its own box (never the page, down to 360px). The box is a named,
 * focusable region so keyboard users can scroll it with the arrow keys.
 */
export function TableScroll({ captionId, className, children }: { captionId: string; className?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to scroll it from the keyboard (WCAG 2.1.1)
    <section className={className ? `spbe-table-wrap ${className}` : 'spbe-table-wrap'} aria-labelledby={captionId} tabIndex={0}>
      {children}
    </section>
  );
}

import { renderMarkdown } from '@living-lab/shared';
import { useMemo } from 'react';

/**
 * Markdown rendered by the shared renderer (raw HTML off, unsafe links dropped): the same output for
 * the editor preview and for learners, so it is safe to insert as HTML.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown escapes raw HTML and drops unsafe links.
  return <div className={className ? `markdown ${className}` : 'markdown'} dangerouslySetInnerHTML={{ __html: html }} />;
}

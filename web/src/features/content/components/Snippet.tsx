import type { ReactNode } from 'react';

const MATCH_START = '\u0002';
const MATCH_END = '\u0003';

/**
 * The catalogue's plain-text snippet as React nodes: text between \u0002 and \u0003 becomes <mark>.
 * Everything else stays text (React escapes it), so HTML in a snippet is shown, never run.
 */
export function snippetNodes(snippet: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let rest = snippet;
  let index = 0;
  while (rest.length > 0) {
    const start = rest.indexOf(MATCH_START);
    if (start === -1) {
      nodes.push(rest);
      break;
    }
    if (start > 0) nodes.push(rest.slice(0, start));
    const afterStart = rest.slice(start + 1);
    const end = afterStart.indexOf(MATCH_END);
    const match = end === -1 ? afterStart : afterStart.slice(0, end);
    if (match) nodes.push(<mark key={`m${index++}`}>{match.replaceAll(MATCH_START, '')}</mark>);
    rest = end === -1 ? '' : afterStart.slice(end + 1);
  }
  // A stray end marker outside a match is dropped.
  return nodes.map((node) => (typeof node === 'string' ? node.replaceAll(MATCH_END, '') : node));
}

export function Snippet({ text, label }: { text: string; label?: string }) {
  return (
    <p className="snippet">
      {label ? <span className="visually-hidden">{label}: </span> : null}…{snippetNodes(text)}…
    </p>
  );
}

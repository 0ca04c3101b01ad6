import MarkdownIt from 'markdown-it';

/**
 * Markdown for lessons, case studies and playbooks, rendered the same in the editor preview and for
 * learners. Safe by construction: raw HTML is off (no <script>, no event handlers), and only http(s),
 * mailto and in-page links survive (no `javascript:`, `data:` or `vbscript:`). Images are lazy; an
 * image whose URL is a YouTube or .mp4/.webm video becomes an embedded player.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SAFE_LINK = /^(https?:\/\/|mailto:|#|\/(?!\/))/i;
markdown.validateLink = (url: string) => SAFE_LINK.test(url.trim());

// Typed from the instance: the package's CommonJS and ES typings name this type differently.
type RenderRule = NonNullable<(typeof markdown)['renderer']['rules']['link_open']>;
const renderToken: RenderRule = (tokens, index, options, _env, self) => self.renderToken(tokens, index, options);

markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  if (/^https?:\/\//i.test(String(token.attrGet('href') ?? ''))) {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer nofollow');
  }
  return renderToken(tokens, index, options, env, self);
};

const YOUTUBE = /^https:\/\/(?:www\.)?(?:youtube\.com\/watch\?v=|youtu\.be\/)([\w-]{11})(?:[&?#].*)?$/i;
const VIDEO_FILE = /^https:\/\/[^\s"'<>]+\.(?:mp4|webm)(?:\?[^\s"'<>]*)?$/i;

markdown.renderer.rules.image = (tokens, index, options, _env, self) => {
  const token = tokens[index];
  const src = String(token.attrGet('src') ?? '');
  const title = markdown.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, _env));
  const youtube = YOUTUBE.exec(src);
  if (youtube) {
    return `<iframe class="video" src="https://www.youtube-nocookie.com/embed/${youtube[1]}" title="${title}" loading="lazy" allowfullscreen sandbox="allow-scripts allow-same-origin allow-presentation" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  }
  if (VIDEO_FILE.test(src)) {
    return `<video class="video" controls preload="none" src="${markdown.utils.escapeHtml(src)}" aria-label="${title}"></video>`;
  }
  token.attrSet('loading', 'lazy');
  return self.renderToken(tokens, index, options);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

/** The words of a Markdown text without its syntax: for full-text search and snippets. */
export function markdownToPlainText(source: string): string {
  const words: string[] = [];
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type === 'text' || child.type === 'code_inline') words.push(child.content);
        if (child.type === 'image') words.push(child.content);
      }
      words.push('\n');
    } else if (token.type === 'code_block' || token.type === 'fence') {
      words.push(token.content);
    }
  }
  return words
    .join(' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

import { markdownToPlainText, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings, lists, emphasis and links', () => {
    const html = renderMarkdown('### Langkah\n\n- **Satu**\n- [Panduan](https://spbe.go.id/panduan)');
    expect(html).toContain('<h3>Langkah</h3>');
    expect(html).toContain('<strong>Satu</strong>');
    expect(html).toContain('<a href="https://spbe.go.id/panduan" target="_blank" rel="noopener noreferrer nofollow">Panduan</a>');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>', /<script/i],
    ['an event handler', '<img src="x" onerror="alert(1)">', /<img[^>]*onerror/i],
    ['a javascript: link', '[klik](javascript:alert(1))', /href="javascript:/i],
    ['an encoded javascript: link', '[klik](JaVaScRiPt&#58;alert(1))', /href="javascript/i],
    ['a data: link', '[klik](data:text/html;base64,PHNjcmlwdD4=)', /href="data:/i],
    ['a vbscript: image', '![x](vbscript:msgbox(1))', /src="vbscript:/i],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['a protocol-relative link', '[x](//evil.example/a)', /href="\/\/evil/i],
  ])('neutralises %s', (_, source, forbidden) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(forbidden);
    // Escaped text may still read "onerror=", but never inside a tag.
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
  });

  it('embeds a YouTube video in a sandboxed, privacy-enhanced player', () => {
    const html = renderMarkdown('![Demo e-Office](https://www.youtube.com/watch?v=dQw4w9WgXcQ)');
    expect(html).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(html).toContain('sandbox=');
    expect(html).toContain('title="Demo e-Office"');
  });

  it('embeds an .mp4 video and lazy-loads images', () => {
    expect(renderMarkdown('![Rekaman](https://cdn.example.id/a.mp4)')).toContain(
      '<video class="video" controls preload="none" src="https://cdn.example.id/a.mp4"',
    );
    expect(renderMarkdown('![Peta](https://cdn.example.id/peta.png)')).toContain('loading="lazy"');
  });

  it('does not let a crafted video URL break out of the attribute', () => {
    const html = renderMarkdown('![x](https://cdn.example.id/a.mp4?"onload="alert(1))');
    expect(html).not.toMatch(/<[^>]*\sonload=/i);
  });
});

describe('markdownToPlainText', () => {
  it('keeps the words and drops the syntax', () => {
    expect(markdownToPlainText('### Tanda Tangan Elektronik\n\nSurat **digital** dan [disposisi](https://x.id).')).toBe(
      'Tanda Tangan Elektronik\nSurat digital dan disposisi .',
    );
  });
});

import { assertMailUrl, renderMail } from './mail-renderer';

const body = {
  greeting: 'Halo Siti,',
  paragraphs: ['Sesi <b>mentoring</b> & "diskusi"\nbesok pukul 09.00 WIB.'],
  action: { label: 'Lihat sesi', url: 'https://livinglab.example.go.id/mentoring?x=1&y=2' },
  footer: 'Abaikan e-mail ini jika Anda tidak memintanya.',
};

describe('renderMail', () => {
  it('writes the text part in order: greeting, paragraphs, action with its URL, footer, signature', () => {
    const { text } = renderMail('Pengingat', body, 'id', null);
    expect(text).toBe(
      'Halo Siti,\n\nSesi <b>mentoring</b> & "diskusi"\nbesok pukul 09.00 WIB.\n\nLihat sesi:\nhttps://livinglab.example.go.id/mentoring?x=1&y=2\n\n' +
        'Abaikan e-mail ini jika Anda tidak memintanya.\n\nSalam,\nTim Living Lab Pemerintah Digital Jawa Barat\n',
    );
  });

  it('escapes every text in the HTML part, keeps line breaks, sets the language and writes the link out', () => {
    const { html } = renderMail('Pengingat <sesi>', body, 'id', null);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<title>Pengingat &lt;sesi&gt;</title>');
    expect(html).toContain('Sesi &lt;b&gt;mentoring&lt;/b&gt; &amp; &quot;diskusi&quot;<br>besok');
    expect(html).not.toContain('<b>mentoring</b>');
    expect(html.match(/href="https:\/\/livinglab\.example\.go\.id\/mentoring\?x=1&amp;y=2"/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('Berhenti menerima');
  });

  it('adds the unsubscribe link in the recipient language to non-essential mail', () => {
    const url = 'https://livinglab.example.go.id/mail/unsubscribe?u=1&k=notifications.digest&s=abc&l=en';
    const { text, html } = renderMail('Digest', { paragraphs: ['Hi'] }, 'en', url);
    expect(html).toContain('<html lang="en">');
    expect(text).toContain(
      `-- \nYou receive this e-mail because you have a Living Lab account.\nStop receiving this kind of e-mail: ${url}`,
    );
    expect(html).toContain('>Stop receiving this kind of e-mail</a>');
    expect(text).toContain('Regards,\nThe West Java Digital Government Living Lab team');
  });

  it('accepts only absolute http(s) links', () => {
    expect(() => assertMailUrl('https://livinglab.example.go.id/x')).not.toThrow();
    expect(() => assertMailUrl('/relative')).toThrow('absolute');
    expect(() => assertMailUrl('javascript:alert(1)')).toThrow('http(s)');
  });
});

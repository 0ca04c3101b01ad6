import { mailTexts } from './mail-texts';
import type { MailBody, MailLocale } from './outgoing-mail';

export interface RenderedMail {
  text: string;
  html: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** Line breaks inside a paragraph stay line breaks in HTML. */
function htmlLines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

/** Links in e-mails must be absolute http(s) URLs: anything else is a programming error, caught at `send`. */
export function assertMailUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Mail link is not an absolute URL: ${url}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`Mail link must be http(s): ${url}`);
}

/**
 * Renders a message into its text and HTML parts. The HTML is one column of inline-styled tables
 * (what mail clients render alike), `lang` set for screen readers, no images, dark text on white
 * (contrast 16:1) and a button in #0b5394 with white text (7.8:1) that is also written out as
 * a link, so the message works in text-only clients and when buttons are not shown.
 */
export function renderMail(subject: string, body: MailBody, locale: MailLocale, unsubscribeUrl: string | null): RenderedMail {
  const texts = mailTexts[locale];
  const text: string[] = [];
  if (body.greeting) text.push(body.greeting);
  text.push(...body.paragraphs);
  if (body.action) text.push(`${body.action.label}:\n${body.action.url}`);
  if (body.footer) text.push(body.footer);
  text.push(texts.signature);
  if (unsubscribeUrl) text.push(`-- \n${texts.unsubscribeIntro}\n${texts.unsubscribe}: ${unsubscribeUrl}`);

  const paragraph = (content: string) =>
    `<p style="margin:0 0 16px 0;font-size:16px;line-height:1.5;color:#1f1f1f;">${htmlLines(content)}</p>`;
  const html: string[] = [];
  if (body.greeting) html.push(paragraph(body.greeting));
  html.push(...body.paragraphs.map(paragraph));
  if (body.action) {
    const href = escapeHtml(body.action.url);
    html.push(
      `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px 0;"><tr><td style="border-radius:6px;background:#0b5394;">` +
        `<a href="${href}" style="display:inline-block;padding:12px 24px;font-size:16px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(body.action.label)}</a>` +
        `</td></tr></table>`,
      `<p style="margin:0 0 16px 0;font-size:14px;line-height:1.5;color:#3d3d3d;">${escapeHtml(texts.linkFallback)}<br><a href="${href}" style="color:#0b5394;word-break:break-all;">${href}</a></p>`,
    );
  }
  if (body.footer) html.push(`<p style="margin:0 0 16px 0;font-size:14px;line-height:1.5;color:#3d3d3d;">${htmlLines(body.footer)}</p>`);
  html.push(paragraph(texts.signature));
  const unsubscribe = unsubscribeUrl
    ? `<p style="margin:16px 0 0 0;font-size:13px;line-height:1.5;color:#3d3d3d;">${escapeHtml(texts.unsubscribeIntro)} <a href="${escapeHtml(unsubscribeUrl)}" style="color:#0b5394;">${escapeHtml(texts.unsubscribe)}</a></p>`
    : '';

  const document = `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f2f4f7;">
<div role="article" aria-roledescription="email" aria-label="${escapeHtml(subject)}" lang="${locale}" style="font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f4f7;"><tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border-radius:8px;"><tr><td style="padding:24px 20px;">
<p style="margin:0 0 20px 0;font-size:14px;font-weight:bold;color:#0b5394;">${escapeHtml(texts.platform)}</p>
${html.join('\n')}
${unsubscribe}
</td></tr></table>
</td></tr></table>
</div>
</body>
</html>
`;
  return { text: `${text.join('\n\n')}\n`, html: document };
}

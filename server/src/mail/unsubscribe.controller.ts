import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/access/access-decorators';
import { foreignKeyViolation } from '../common/errors/postgres-errors';
import { MailService } from './mail.service';
import { mailTexts } from './mail-texts';
import { UnsubscribeLinks } from './unsubscribe-links';

interface UnsubscribeQuery {
  u?: string;
  k?: string;
  s?: string;
  l?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]);

const confirmTexts = {
  id: {
    title: 'Berhenti berlangganan',
    question: 'Berhenti menerima e-mail jenis ini dari Living Lab?',
    button: 'Ya, berhenti berlangganan',
  },
  en: { title: 'Unsubscribe', question: 'Stop receiving this kind of e-mail from Living Lab?', button: 'Yes, unsubscribe' },
};

/**
 * The unsubscribe link of non-essential e-mails. GET (a person following the link) asks for
 * confirmation, so link scanners that fetch every URL unsubscribe nobody; POST records the opt-out:
 * the confirmation form, and RFC 8058 one-click (`List-Unsubscribe=One-Click`, sent by mail clients).
 */
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly mail: MailService,
    private readonly links: UnsubscribeLinks,
  ) {}

  @Public()
  @Get()
  confirm(@Query() query: UnsubscribeQuery, @Res() response: Response): void {
    const locale = query.l === 'en' ? 'en' : 'id';
    if (!this.links.verify(query.u, query.k, query.s)) {
      page(response.status(400), locale, mailTexts[locale].unsubscribeInvalid);
      return;
    }
    const texts = confirmTexts[locale];
    const action = `?${new URLSearchParams({ u: query.u as string, k: query.k as string, s: query.s as string, l: locale })}`;
    page(
      response.status(200),
      locale,
      texts.question,
      `<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(texts.button)}</button></form>`,
      texts.title,
    );
  }

  @Public()
  @Post()
  @HttpCode(200)
  async unsubscribe(@Query() query: UnsubscribeQuery, @Res() response: Response): Promise<void> {
    const locale = query.l === 'en' ? 'en' : 'id';
    if (!this.links.verify(query.u, query.k, query.s)) {
      page(response.status(400), locale, mailTexts[locale].unsubscribeInvalid);
      return;
    }
    try {
      await this.mail.unsubscribe(query.u as string, query.k as string);
    } catch (error) {
      // The account was deleted since: nothing will be sent to it anyway.
      if (foreignKeyViolation(error) === undefined) throw error;
    }
    page(response.status(200), locale, mailTexts[locale].unsubscribed);
  }
}

/** A tiny page without scripts or inline styles (the CSP forbids both). */
function page(response: Response, locale: 'id' | 'en', message: string, extra = '', title = confirmTexts[locale].title): void {
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.send(
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>${escapeHtml(title)} · Living Lab</title></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${extra}</main></body></html>`,
  );
}

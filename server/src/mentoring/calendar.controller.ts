import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/access/access-decorators';
import { CalendarFeedService } from './calendar-feed.service';

/** GET /calendar/<token>.ics: a user's private iCalendar feed, for calendar apps to subscribe to. */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Get(':file')
  async feed(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : file;
    const calendar = await this.feeds.feed(token);
    if (!calendar) throw new NotFoundException();
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Cache-Control', 'private, max-age=300');
    response.send(calendar);
  }
}

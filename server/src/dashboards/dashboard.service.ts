import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { Region } from '../regions/region.entity';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import type { Benchmark, MonthlyPoint, ProvinceOverview, RegionDashboard, RegionOverviewRow } from './dashboard.models';

type Figure = Exclude<keyof RegionOverviewRow, 'region' | 'target'>;
const FIGURES: Figure[] = [
  'learners',
  'activeLearners30d',
  'enrolments',
  'completions',
  'completionRate',
  'sessionsHeld',
  'actionItemsOpen',
  'actionItemsDone',
  'playbookStepsDone',
  'latestIndex',
];

/**
 * Province and region dashboards. Each figure comes from an index range or from the trigger-kept
 * region_stats row: a request reads a few rows per kabupaten/kota, never the progress tables.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  /** All kabupaten/kota of a province; the viewer sees the rows of regions they coordinate (admins all), medians over all. */
  async province(viewer: User, provinceCode: string): Promise<ProvinceOverview> {
    const province = await this.dataSource.getRepository(Region).findOneBy({ code: provinceCode });
    if (!province || province.provinceCode !== null) throw new NotFoundError('This province does not exist.', 'REGION_NOT_FOUND');
    const all = await this.rows(provinceCode);
    // One query for the viewer's regions, not one per kabupaten/kota.
    const coordinated = await this.users.coordinatedAmong(
      viewer,
      all.map((row) => row.region.code),
    );
    const visible = all.filter((row) => coordinated.has(row.region.code));
    if (visible.length === 0) throw new ForbiddenError('You do not coordinate any region of this province.', 'NOT_YOUR_REGION');
    return { province, target: all[0]?.target ?? 3.5, rows: visible, medians: FIGURES.map((figure) => benchmark(all, figure)) };
  }

  /** One region with its rank and the province median per figure, and monthly trends: its coordinators, admins and its own people. */
  async region(viewer: User, regionCode: string): Promise<RegionDashboard> {
    const region = await this.dataSource.getRepository(Region).findOneBy({ code: regionCode });
    if (!region?.provinceCode) throw new NotFoundError('This kabupaten/kota does not exist.', 'REGION_NOT_FOUND');
    await this.users.assertSeesRegion(viewer, regionCode);
    const all = await this.rows(region.provinceCode);
    const row = all.find((candidate) => candidate.region.code === regionCode) as RegionOverviewRow;
    const monthly: Array<{ month: string; enrolments: number; completions: number; sessions_held: number; steps_done: number }> =
      await this.dataSource.query(
        `SELECT to_char(month, 'YYYY-MM') AS month, enrolments, completions, sessions_held, steps_done FROM region_monthly_stats
       WHERE region_code = $1 AND month >= date_trunc('month', now() AT TIME ZONE 'Asia/Jakarta')::date - interval '11 months' ORDER BY month`,
        [regionCode],
      );
    return {
      row,
      benchmarks: FIGURES.map((figure) => benchmark(all, figure, regionCode)),
      monthly: fillMonths(monthly),
    };
  }

  private async rows(provinceCode: string): Promise<RegionOverviewRow[]> {
    const rows: Array<Record<string, string | number | null> & { code: string }> = await this.dataSource.query(
      `SELECT r.code,
              (SELECT count(*)::int FROM users u WHERE u.region_code = r.code) AS learners,
              (SELECT count(*)::int FROM users u WHERE u.region_code = r.code AND u.last_active_at > now() - interval '30 days') AS active,
              coalesce(s.enrolments, 0) AS enrolments, coalesce(s.completions, 0) AS completions, coalesce(s.sessions_held, 0) AS sessions_held,
              coalesce(s.action_items_open, 0) AS open, coalesce(s.action_items_done, 0) AS done, coalesce(s.steps_done, 0) AS steps_done,
              coalesce(
                (SELECT a.index_value FROM spbe_assessments a WHERE a.region_code = r.code AND a.status = 'FINAL' ORDER BY a.year DESC LIMIT 1),
                (SELECT p.index_value FROM spbe_published_scores p WHERE p.region_code = r.code AND p.scope = 'REGION' ORDER BY p.year DESC LIMIT 1)
              ) AS latest_index,
              coalesce((SELECT t.target FROM spbe_targets t WHERE t.province_code = $1), 3.5) AS target
       FROM regions r LEFT JOIN region_stats s ON s.region_code = r.code
       WHERE r.province_code = $1 ORDER BY r.code`,
      [provinceCode],
    );
    const regions = await this.dataSource.getRepository(Region).findBy({ provinceCode });
    const byCode = new Map(regions.map((region) => [region.code, region]));
    return rows.map((row) => {
      const enrolments = Number(row.enrolments);
      const completions = Number(row.completions);
      return {
        region: byCode.get(row.code) as Region,
        learners: Number(row.learners),
        activeLearners30d: Number(row.active),
        enrolments,
        completions,
        completionRate: enrolments === 0 ? 0 : Math.round((completions / enrolments) * 1000) / 1000,
        sessionsHeld: Number(row.sessions_held),
        actionItemsOpen: Number(row.open),
        actionItemsDone: Number(row.done),
        playbookStepsDone: Number(row.steps_done),
        latestIndex: row.latest_index === null ? null : Number(row.latest_index),
        target: Number(row.target),
      };
    });
  }
}

/** The median of a figure over all regions that have it, and (for one region) its rank, 1 = highest. */
function benchmark(rows: RegionOverviewRow[], figure: Figure, regionCode?: string): Benchmark {
  const values = rows.map((row) => row[figure]).filter((value): value is number => value !== null);
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0 ? null : sorted.length % 2 ? sorted[middle] : Math.round(((sorted[middle - 1] + sorted[middle]) / 2) * 1000) / 1000;
  const own = regionCode ? rows.find((row) => row.region.code === regionCode)?.[figure] : undefined;
  const rank = own === undefined || own === null ? null : 1 + values.filter((value) => value > own).length;
  return { figure, median, rank, of: values.length };
}

function fillMonths(
  rows: Array<{ month: string; enrolments: number; completions: number; sessions_held: number; steps_done: number }>,
): MonthlyPoint[] {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const now = new Date(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()));
  return Array.from({ length: 12 }, (_, index) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + index, 1));
    const month = date.toISOString().slice(0, 7);
    const row = byMonth.get(month);
    return {
      month,
      enrolments: row?.enrolments ?? 0,
      completions: row?.completions ?? 0,
      sessionsHeld: row?.sessions_held ?? 0,
      playbookStepsDone: row?.steps_done ?? 0,
    };
  });
}

/** CSV that Excel opens as UTF-8: a byte-order mark, CRLF lines, every field quoted. */
export function toCsv(header: string[], rows: Array<Array<string | number | null>>): string {
  const line = (cells: Array<string | number | null>) => cells.map((cell) => `"${String(cell ?? '').replace(/"/g, '""')}"`).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

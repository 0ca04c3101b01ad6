import { i18n } from '../../../i18n/i18n';
import { notificationText } from './notification-text';

const format = { dateTime: (value: string) => value, day: (value: string) => value };
const text = (language: 'id' | 'en', kind: string, params: Record<string, string>) =>
  notificationText(
    i18n.getFixedT(language, 'notifications'),
    kind,
    Object.entries(params).map(([name, value]) => ({ name, value })),
    format,
    (role) => role,
  );

describe('notificationText', () => {
  it('reads a region request without a "from" region as a new account asking to join', () => {
    expect(text('id', 'REGION_MOVE_REQUESTED', { userName: 'Citra', toRegionName: 'Kabupaten Kuningan' })).toBe(
      'Citra baru mendaftar dan meminta bergabung ke Kabupaten Kuningan.',
    );
    expect(text('en', 'REGION_MOVE_APPROVED', { toRegionName: 'Kabupaten Kuningan' })).toBe(
      'Your request to join Kabupaten Kuningan was approved. Your region is now Kabupaten Kuningan.',
    );
  });

  it('reads one with a "from" region as a move', () => {
    expect(
      text('id', 'REGION_MOVE_REQUESTED', { userName: 'Ani', fromRegionName: 'Kabupaten Sumedang', toRegionName: 'Kabupaten Kuningan' }),
    ).toBe('Ani meminta pindah dari Kabupaten Sumedang ke Kabupaten Kuningan.');
  });
});

import { createTestApp, type TestApp } from '../../test/test-app';
import { TransactionRunner } from '../common/transaction';
import { RegionAccessService } from './region-access.service';

let t: TestApp;
let access: RegionAccessService;
const viewer = (id: string, roles: Array<'LEARNER' | 'COORDINATOR' | 'ADMIN'>, regionCode = '32.11') => ({ id, roles, regionCode });
let provincial: string;
let kuningan: string;

beforeAll(async () => {
  t = await createTestApp();
  access = t.app.get(RegionAccessService);
  provincial = (await t.createUser({ email: 'prov@example.id', roles: ['COORDINATOR'] })).user.id;
  kuningan = (await t.createUser({ email: 'kuningan@example.id', roles: ['COORDINATOR'] })).user.id;
  await t.app.get(TransactionRunner).run(async (manager) => {
    await access.setCoordinatedRegions(provincial, ['32'], manager);
    await access.setCoordinatedRegions(kuningan, ['32.08', '32.08'], manager);
  });
});
afterAll(() => t.close());

it('lets a province code cover its kabupaten/kota, and a kabupaten code only itself', async () => {
  expect(await access.coordinatesRegion(viewer(provincial, ['COORDINATOR']), '32.73')).toBe(true);
  expect(await access.coordinatesRegion(viewer(kuningan, ['COORDINATOR']), '32.08')).toBe(true);
  expect(await access.coordinatesRegion(viewer(kuningan, ['COORDINATOR']), '32.73')).toBe(false);
  expect(await access.coordinatedAmong(viewer(kuningan, ['COORDINATOR']), ['32.08', '32.73', '31.71'])).toEqual(new Set(['32.08']));
  expect(await access.coordinatedAmong(viewer(provincial, ['COORDINATOR']), ['32.08', '31.71'])).toEqual(new Set(['32.08']));
});

it('lets admins act everywhere and others nowhere, whatever the table says', async () => {
  expect(await access.coordinatesRegion(viewer('00000000-0000-4000-8000-000000000000', ['ADMIN']), '31.71')).toBe(true);
  expect(await access.coordinatesRegion(viewer(kuningan, ['LEARNER']), '32.08')).toBe(false);
});

it('refuses with NOT_YOUR_REGION, but shows a user their own region', async () => {
  await expect(access.assertCoordinatesRegion(viewer(kuningan, ['COORDINATOR']), '32.73')).rejects.toMatchObject({
    reason: 'NOT_YOUR_REGION',
  });
  await expect(access.assertSeesRegion(viewer(kuningan, ['COORDINATOR'], '32.73'), '32.73')).resolves.toBeUndefined();
  await expect(access.assertSeesRegion(viewer(kuningan, ['COORDINATOR'], '32.73'), '32.04')).rejects.toMatchObject({
    reason: 'NOT_YOUR_REGION',
  });
});

it('lists, replaces and clears coordinated regions', async () => {
  const [before] = await access.coordinatedRegionsOf([kuningan]);
  expect(before.map((region) => region.code)).toEqual(['32.08']);
  await t.app.get(TransactionRunner).run((manager) => access.setCoordinatedRegions(kuningan, ['32.73', '32.04'], manager));
  expect((await access.coordinatedRegionsOf([kuningan, provincial])).map((regions) => regions.map((region) => region.code))).toEqual([
    ['32.04', '32.73'],
    ['32'],
  ]);
  await t.app.get(TransactionRunner).run((manager) => access.clearCoordinatedRegions(kuningan, manager));
  expect(await access.coordinatedRegionsOf([kuningan])).toEqual([[]]);
});

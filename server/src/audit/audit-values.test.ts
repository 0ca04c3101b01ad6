import { changes, clean } from './audit.service';

describe('changes', () => {
  it('keeps only the fields that differ, compared as JSON', () => {
    expect(changes({ status: 'DRAFT', owner: 'Sekda', tags: ['a'] }, { status: 'FINAL', owner: 'Sekda', tags: ['a'] })).toEqual({
      before: { status: 'DRAFT' },
      after: { status: 'FINAL' },
    });
    expect(changes({ note: null }, { note: undefined })).toEqual({ before: null, after: null });
    expect(changes({}, { added: 1 })).toEqual({ before: { added: null }, after: { added: 1 } });
  });
});

describe('clean', () => {
  it('drops secrets at any depth, turns dates into ISO text and shortens long texts', () => {
    const cleaned = clean({
      passwordHash: 'x',
      resetToken: 'y',
      jwtSecret: 'z',
      list: [{ tokenHash: 'h', kept: true }],
      at: new Date('2026-03-10T01:00:00Z'),
      long: 'a'.repeat(600),
      gone: undefined,
    });
    expect(cleaned).toEqual({ list: [{ kept: true }], at: '2026-03-10T01:00:00.000Z', long: `${'a'.repeat(500)}…` });
  });
});

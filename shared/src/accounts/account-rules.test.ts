import { fieldIssues, loginRules, registerRules, VALIDATION_MESSAGES_EN } from './account-rules';

const valid = {
  email: '  Siti.Rahma@Sumedangkab.go.id ',
  password: 'kata-sandi-kuat',
  fullName: 'Siti Rahma',
  nip: '198703152010012003',
  regionCode: '32.11',
  agency: 'Dinas Komunikasi dan Informatika',
};

describe('registerRules', () => {
  it('accepts a valid registration and normalises the email', () => {
    const parsed = registerRules.parse(valid);
    expect(parsed.email).toBe('siti.rahma@sumedangkab.go.id');
    expect(parsed.nip).toBe('198703152010012003');
  });

  it('treats an empty NIP as none', () => {
    expect(registerRules.parse({ ...valid, nip: '' }).nip).toBeNull();
    expect(registerRules.parse({ ...valid, nip: undefined }).nip).toBeUndefined();
  });

  it('reports one keyed issue per bad field', () => {
    const result = registerRules.safeParse({
      ...valid,
      email: 'not-an-email',
      password: 'short',
      nip: '123',
      regionCode: 'x',
      agency: ' ',
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldIssues(result.error)).toEqual([
      { field: 'email', message: 'email.invalid' },
      { field: 'password', message: 'password.tooShort' },
      { field: 'nip', message: 'nip.invalid' },
      { field: 'regionCode', message: 'regionCode.invalid' },
      { field: 'agency', message: 'agency.required' },
    ]);
  });

  it('maps a missing field to a known key', () => {
    const result = registerRules.safeParse({ ...valid, fullName: undefined });
    expect(result.success).toBe(false);
    if (result.success) return;
    const [issue] = fieldIssues(result.error);
    expect(issue.field).toBe('fullName');
    expect((VALIDATION_MESSAGES_EN as Record<string, string>)[issue.message]).toBeDefined();
  });
});

describe('loginRules', () => {
  it('needs a password', () => {
    const result = loginRules.safeParse({ email: 'a@b.id', password: '' });
    expect(result.success).toBe(false);
  });
});

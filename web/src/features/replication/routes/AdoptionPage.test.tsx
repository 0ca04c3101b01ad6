import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router-dom';
import { renderWithProviders, testUser } from '../../../test/render';
import { PlaybookAdoptionQuery, UpdateAdoptionStepMutation } from '../api/operations';
import AdoptionPage from './AdoptionPage';

const coordinator = testUser({ roles: ['LEARNER', 'COORDINATOR'] });

const step = {
  __typename: 'AdoptionStepView' as const,
  stepKey: 's1',
  position: 1,
  title: 'Bentuk tim',
  responsibleRole: 'Diskominfo',
  estimatedDays: 14,
  expectedEvidence: 'SK tim',
  status: 'IN_PROGRESS' as const,
  blockedReason: null,
  owner: 'Budi',
  evidenceUrl: null,
  evidenceNote: '',
  startedOn: '2026-11-01',
  doneOn: null,
  version: 2,
};

const adoption = {
  playbookAdoption: {
    __typename: 'PlaybookAdoption' as const,
    id: 'ad1',
    regionCode: '32.08',
    region: { __typename: 'Region' as const, code: '32.08', name: 'Kabupaten Kuningan' },
    playbook: {
      __typename: 'ContentItem' as const,
      id: 'c1',
      publishedRevision: { __typename: 'ContentRevision' as const, id: 'r1', title: 'Mal Pelayanan Publik Digital' },
    },
    steps: [step],
  },
};

function render(mocks: unknown[] = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/replikasi/:adoptionId" element={<AdoptionPage />} />
    </Routes>,
    {
      route: '/replikasi/ad1',
      user: coordinator,
      mocks: [{ request: { query: PlaybookAdoptionQuery, variables: { id: 'ad1' } }, result: { data: adoption } }, ...(mocks as never[])],
    },
  );
}

async function openStepForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Perbarui langkah 1' }));
  return screen.getByRole('form', { name: 'Perbarui langkah 1' });
}

describe('AdoptionPage', () => {
  it('blocks DONE without evidence before calling the server', async () => {
    const { operations } = render();
    const form = await openStepForm();
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'DONE');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan langkah' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Langkah selesai memerlukan tautan bukti atau catatan bukti.');
    expect(within(form).getByRole('textbox', { name: 'Tautan bukti' })).toHaveAttribute('aria-invalid', 'true');
    expect(operations).not.toContain('UpdateAdoptionStep');
  });

  it('saves DONE with an evidence note and shows the step as done', async () => {
    render([
      {
        request: {
          query: UpdateAdoptionStepMutation,
          variables: {
            input: {
              adoptionId: 'ad1',
              stepKey: 's1',
              status: 'DONE',
              blockedReason: null,
              owner: 'Budi',
              evidenceUrl: null,
              evidenceNote: 'SK Bupati 12/2026',
              startedOn: '2026-11-01',
              doneOn: null,
              version: 2,
            },
          },
        },
        result: { data: { updateAdoptionStep: { ...step, status: 'DONE', evidenceNote: 'SK Bupati 12/2026', version: 3 } } },
      },
    ]);
    const form = await openStepForm();
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'DONE');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Catatan bukti' }), 'SK Bupati 12/2026');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan langkah' }));
    const card = await screen.findByRole('article', { name: 'Langkah 1: Bentuk tim' });
    expect(await within(card).findByText('Selesai')).toBeInTheDocument();
    expect(within(card).getByText('SK Bupati 12/2026')).toBeInTheDocument();
  });

  it('shows the conflict message when the step changed meanwhile (STALE_VERSION)', async () => {
    render([
      {
        request: {
          query: UpdateAdoptionStepMutation,
          variables: {
            input: {
              adoptionId: 'ad1',
              stepKey: 's1',
              status: 'IN_PROGRESS',
              blockedReason: null,
              owner: 'Siti',
              evidenceUrl: null,
              evidenceNote: '',
              startedOn: '2026-11-01',
              doneOn: null,
              version: 2,
            },
          },
        },
        result: { errors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } })] },
      },
    ]);
    const form = await openStepForm();
    const owner = within(form).getByRole('textbox', { name: 'Pelaksana' });
    await userEvent.clear(owner);
    await userEvent.type(owner, 'Siti');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan langkah' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Data ini telah diubah oleh orang lain sejak Anda membukanya.');
    expect(within(alert).getByRole('button', { name: 'Muat ulang' })).toBeInTheDocument();
  });
});

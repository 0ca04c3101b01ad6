import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../test/render';
import { Pager } from './Pager';

describe('Pager', () => {
  it('shows nothing when one page holds the whole list', () => {
    renderWithProviders(<Pager page={1} pageSize={20} total={20} label="Halaman hasil" onPage={jest.fn()} />);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('names the landmark, says where the reader is and moves a page either way', async () => {
    const onPage = jest.fn();
    renderWithProviders(<Pager page={2} pageSize={20} total={61} label="Halaman hasil" onPage={onPage} />);
    expect(screen.getByRole('navigation', { name: 'Halaman hasil' })).toHaveTextContent('Halaman 2 dari 4');
    await userEvent.click(screen.getByRole('button', { name: 'Sebelumnya' }));
    await userEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
    expect(onPage.mock.calls).toEqual([[1], [3]]);
  });

  it('cannot go before the first page or past the last', () => {
    const { unmount } = renderWithProviders(<Pager page={1} pageSize={10} total={11} label="Halaman" onPage={jest.fn()} />);
    expect(screen.getByRole('button', { name: 'Sebelumnya' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Berikutnya' })).toBeEnabled();
    unmount();
    renderWithProviders(<Pager page={2} pageSize={10} total={11} label="Halaman" onPage={jest.fn()} />);
    expect(screen.getByRole('button', { name: 'Sebelumnya' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Berikutnya' })).toBeDisabled();
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useFocusOnChange } from './use-focus-on-change';

function Harness({ lateTarget = false }: { lateTarget?: boolean }) {
  const [saved, setSaved] = useState(0);
  const [shown, setShown] = useState(!lateTarget);
  const ref = useFocusOnChange<HTMLParagraphElement>(saved || null);
  return (
    <>
      <button type="button" onClick={() => setSaved((n) => n + 1)}>
        Simpan
      </button>
      <button type="button" onClick={() => setShown(true)}>
        Tampilkan
      </button>
      {shown ? (
        <p ref={ref} tabIndex={-1}>
          Tersimpan {saved}
        </p>
      ) : null}
    </>
  );
}

describe('useFocusOnChange', () => {
  it('leaves the focus alone on the first render, then moves it to the target after each change', async () => {
    render(<Harness />);
    expect(document.body).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(screen.getByText('Tersimpan 1')).toHaveFocus();
    screen.getByRole('button', { name: 'Simpan' }).focus();
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(screen.getByText('Tersimpan 2')).toHaveFocus();
  });

  it('focuses a target that appears a render after the change', async () => {
    render(<Harness lateTarget />);
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(screen.getByRole('button', { name: 'Simpan' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Tampilkan' }));
    expect(screen.getByText('Tersimpan 1')).toHaveFocus();
  });
});

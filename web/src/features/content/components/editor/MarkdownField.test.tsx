import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MarkdownField } from './MarkdownField';

function Harness({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return <MarkdownField id="lesson-body" label="Isi pelajaran" value={value} onValueChange={setValue} />;
}

describe('MarkdownField preview', () => {
  it('renders Markdown with the shared renderer, without scripts or javascript: links', async () => {
    const body = '## Langkah\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) dan [aman](https://spbe.go.id)';
    const { container } = render(<Harness initial={body} />);
    const toggle = screen.getByRole('button', { name: /Pratinjau/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const preview = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(preview).toBeVisible();
    expect(preview).toHaveTextContent('Pratinjau Isi pelajaran');
    expect(preview.querySelector('h2')).toHaveTextContent('Langkah');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect([...preview.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(['https://spbe.go.id']);
    // The script tag is shown as text, escaped.
    expect(preview).toHaveTextContent('<script>alert(1)</script>');
  });

  it('follows what is typed', async () => {
    render(<Harness initial="" />);
    await userEvent.click(screen.getByRole('button', { name: /Pratinjau/ }));
    expect(screen.getByText('Belum ada isi untuk ditampilkan.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Isi pelajaran'), '**Tebal**');
    expect(document.getElementById('lesson-body-preview')?.querySelector('strong')).toHaveTextContent('Tebal');
  });
});

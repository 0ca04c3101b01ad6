import { render } from '@testing-library/react';
import { Snippet } from './Snippet';

describe('Snippet', () => {
  it('turns the \\u0002…\\u0003 matches into <mark>', () => {
    const { container } = render(<Snippet text={'Surat \u0002elektronik\u0003 dengan \u0002TTE\u0003 di Sumedang'} />);
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['elektronik', 'TTE']);
    expect(container.textContent).toBe('…Surat elektronik dengan TTE di Sumedang…');
  });

  it('shows HTML in the snippet as text, never as elements', () => {
    const { container } = render(<Snippet text={'a <img src=x onerror="alert(1)"> \u0002<b>b</b>\u0003'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(container.querySelector('mark')?.textContent).toBe('<b>b</b>');
  });

  it('drops stray markers', () => {
    const { container } = render(<Snippet text={'a\u0003 b \u0002c'} />);
    expect(container.textContent).toBe('…a b c…');
    expect(container.querySelector('mark')?.textContent).toBe('c');
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SOURCES } from '@/tests/fixtures/popover/knowledge';
import { formatDate, SourceArticle } from './SourceArticle';
import { SourceList } from './SourceList';
import { SourceNav } from './SourceNav';

afterEach(cleanup);

const herald = SOURCES.find((s) => s.id === 'koreaherald');
const joongang = SOURCES.find((s) => s.id === 'joongang');
if (!herald || !joongang) throw new Error('sources.json lacks koreaherald or joongang');

describe('SourceNav', () => {
  test('lists every source in sources.json order, marking the current one', () => {
    const { container } = render(<SourceNav sources={SOURCES} current="koreaherald" />);
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.dataset.source)).toEqual(SOURCES.map((s) => s.id));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(SOURCES.map((s) => `#source=${s.id}`));
    expect(container.querySelector('[aria-current="page"]')?.getAttribute('data-source')).toBe(
      'koreaherald',
    );
  });
});

describe('SourceArticle', () => {
  test('shows outlet, headline, byline, date and the text; an inferred outlet says so', () => {
    render(
      <SourceArticle source={herald} text={'First line\n\nSecond'} quote={null} passage="none" />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(herald.title);
    expect(screen.getByText(/By Ji Da-gyum/)).toBeTruthy();
    expect(screen.getByText('19 June 2024')).toBeTruthy();
    expect(screen.getByText(/Outlet inferred/)).toBeTruthy();
    expect(document.querySelector('.tv-text')?.textContent).toBe('First line\n\nSecond');
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('a printed outlet has no inferred note', () => {
    render(<SourceArticle source={joongang} text="x" quote={null} passage="none" />);
    expect(screen.queryByText(/inferred/i)).toBeNull();
  });

  test('a quote not found is reported with the quote itself', () => {
    render(<SourceArticle source={herald} text="x" quote="<b>gone</b>" passage="missing" />);
    expect(screen.getByRole('status').textContent).toMatch(/not found/);
    expect(screen.getByText('<b>gone</b>')).toBeTruthy();
    expect(document.querySelector('b')).toBeNull();
  });

  test('a found quote offers to go back to the passage', () => {
    const onShowPassage = vi.fn();
    render(
      <SourceArticle
        source={herald}
        text="x"
        quote="x"
        passage="found"
        onShowPassage={onShowPassage}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Go to the passage' }));
    expect(onShowPassage).toHaveBeenCalledOnce();
  });
});

describe('SourceList', () => {
  test('names the unknown source and lists all sources', () => {
    const { container } = render(<SourceList sources={SOURCES} requested="nytimes" />);
    expect(screen.getByRole('alert').textContent).toContain('“nytimes”');
    expect(container.querySelectorAll('.tv-source-list a')).toHaveLength(SOURCES.length);
  });

  test('says when no source was named', () => {
    render(<SourceList sources={SOURCES} requested={null} />);
    expect(screen.getByRole('alert').textContent).toMatch(/does not name a source/);
  });
});

test('formatDate writes day, month name and year without time-zone drift', () => {
  expect(formatDate({ iso: '2024-06-19' })).toBe('19 June 2024');
  expect(formatDate({ iso: '2024-01-01' })).toBe('1 January 2024');
  expect(formatDate({ iso: 'garbage' })).toBe('garbage');
});

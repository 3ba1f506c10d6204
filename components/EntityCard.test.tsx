// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type Citation, entityView } from '@/core/views';
import { fixtureKnowledge, KNOWLEDGE, PUTIN } from '@/tests/fixtures/popover/knowledge';
import { EntityCard } from './EntityCard';

afterEach(cleanup);

function renderCard(id: Parameters<typeof entityView>[0]['id'], knowledge = KNOWLEDGE) {
  const onOpen = vi.fn<(c: Citation) => void>();
  const onClose = vi.fn();
  const onJudged = vi.fn();
  const view = entityView({ knowledge, id });
  const result = render(
    <EntityCard view={view} titleId="t" onOpen={onOpen} onClose={onClose} onJudged={onJudged} />,
  );
  return { ...result, onOpen, onClose, onJudged, view };
}

const section = (container: Element, name: string) =>
  container.querySelector<HTMLElement>(`.tl-${name}`);
const chipSources = (el: HTMLElement | null) =>
  [...(el?.querySelectorAll<HTMLElement>('.tl-chip') ?? [])].map((c) => c.dataset.source);

describe('header', () => {
  test('shows name as the labelled heading, role, kind, side and the mention count', () => {
    renderCard('putin');
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('Vladimir Putin');
    expect(heading.id).toBe('t');
    expect(screen.getByText('President of Russia')).toBeTruthy();
    expect(screen.getByText('Leader')).toBeTruthy();
    expect(screen.getByText('Russia')).toBeTruthy();
    expect(screen.getByText(/Mentioned by 5 of 5 sources/)).toBeTruthy();
  });

  test('the close button calls onClose', () => {
    const { onClose } = renderCard('putin');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('corroborated section', () => {
  test('lists claims most independent first, each with outlets, origins and chips', () => {
    const { container } = renderCard('putin');
    const items = [
      ...(section(container, 'corroborated')?.querySelectorAll<HTMLElement>('.tl-claim') ?? []),
    ];
    expect(items.map((li) => li.querySelector('.tl-statement')?.textContent)).toEqual([
      'Putin and Kim signed the treaty in Pyongyang.',
      'Putin said the treaty provides for mutual assistance in case of aggression.',
      'Putin said the visit was historic.',
    ]);
    expect(chipSources(items[0] as HTMLElement)).toEqual(['asiae', 'koreaherald', 'epochtimes']);
    expect(items.map((li) => li.querySelector('.tl-independence')?.textContent)).toEqual([
      '3 outlets · 3 origins: Asia Business Daily, Korea Herald, Epoch Times',
      '2 outlets · 2 origins: TASS, Sputnik',
      '3 outlets · 1 origin: TASS',
    ]);
  });

  test('clicking a chip asks to open that source at its quote', () => {
    const { container, onOpen } = renderCard('putin');
    const chip = section(container, 'corroborated')?.querySelector<HTMLElement>(
      '[data-source="epochtimes"]',
    );
    fireEvent.click(chip as HTMLElement);
    expect(onOpen).toHaveBeenCalledWith(
      expect.objectContaining({
        source: 'epochtimes',
        quote: 'signed a “comprehensive strategic partnership” pact',
      }),
      expect.anything(), // the click, which the caller checks came from the reader
    );
  });

  test('an inferred outlet says so in its accessible name; a printed one does not', () => {
    renderCard('putin');
    const herald = screen.getAllByRole('button', { name: /^The Korea Herald/ })[0];
    expect(herald?.getAttribute('aria-label')).toMatch(/outlet inferred/);
    expect(herald?.className).toMatch(/tl-chip-inferred/);
    const asiae = screen.getAllByRole('button', { name: /^The Asia Business Daily/ })[0];
    expect(asiae?.getAttribute('aria-label')).not.toMatch(/inferred/);
    expect(screen.getByText(/Outlet inferred: the article text does not name it/)).toBeTruthy();
  });
});

describe('disputes section', () => {
  test('shows disputes of fact before characterisation, and no naming dispute', () => {
    const { container } = renderCard('putin');
    const disputes = [
      ...(section(container, 'disputes')?.querySelectorAll<HTMLElement>('.tl-dispute') ?? []),
    ];
    expect(disputes.map((d) => [d.dataset.dispute, d.dataset.kind])).toEqual([
      ['talks-length', 'fact'],
      ['talks-tone', 'characterisation'],
    ]);
    expect(section(container, 'disputes')?.textContent).not.toMatch(/Putin’s name/);
  });

  test('shows the question and every account with its own outlets', () => {
    const { container } = renderCard('putin');
    const disputes = section(container, 'disputes')?.querySelector<HTMLElement>(
      '[data-dispute="talks-length"]',
    );
    expect(
      within(disputes as HTMLElement).getByText('How long did the one-on-one talks last?'),
    ).toBeTruthy();
    const accounts = [...(disputes?.querySelectorAll<HTMLElement>('.tl-account') ?? [])];
    expect(accounts.map((a) => a.querySelector('.tl-statement')?.textContent)).toEqual([
      'About two hours.',
      'The talks ran longer than planned.',
    ]);
    expect(accounts.map(chipSources)).toEqual([['koreaherald'], ['eir', 'epochtimes']]);
  });

  test('naming variants show apart, in one compact line, each opening its passage', () => {
    const { container, onOpen } = renderCard('putin');
    const line = section(container, 'naming');
    expect(line?.closest('.tl-disputes')).toBeNull();
    expect(line?.textContent).toBe('Also written: Vladimir Putin · Vladimir V. Putin');
    const form = within(line as HTMLElement).getByRole('button', {
      name: 'Vladimir V. Putin, as written by The Epoch Times: open the passage',
    });
    fireEvent.click(form);
    expect(onOpen).toHaveBeenCalledWith(
      expect.objectContaining({ source: 'epochtimes', quote: 'President Vladimir V. Putin' }),
      expect.anything(), // the click, which the caller checks came from the reader
    );
  });

  test('is absent when the entity has no disputes', () => {
    const { container } = renderCard('treaty-2024');
    expect(section(container, 'disputes')).toBeNull();
    expect(screen.queryByText(/Differing accounts/)).toBeNull();
  });
});

describe('single-source section', () => {
  test('is a collapsed disclosure labelled "Reported by one outlet only" when there is more', () => {
    const { container } = renderCard('putin');
    const details = section(container, 'single')?.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toMatch(/^Reported by one outlet only/);
    expect(details?.querySelectorAll<HTMLElement>('.tl-claim')).toHaveLength(2);
    // Single-source claims carry their outlet but no "1 of 5" count line.
    expect(details?.querySelector('.tl-count')).toBeNull();
  });

  test('a single outlet relaying an agency says so; its own reporting shows no origin line', () => {
    const knowledge = fixtureKnowledge({
      entities: [PUTIN],
      claims: [
        {
          id: 'relayed',
          about: ['putin'],
          statement: 'Relayed.',
          evidence: [{ source: 'joongang', quote: 'q', via: ['Kremlin Telegram'] }],
        },
        {
          id: 'own',
          about: ['putin'],
          statement: 'Own.',
          evidence: [{ source: 'asiae', quote: 'q' }],
        },
      ],
    });
    const { container } = renderCard('putin', knowledge);
    const lines = [...container.querySelectorAll<HTMLElement>('.tl-single .tl-claim')].map(
      (li) => li.querySelector('.tl-via')?.textContent ?? null,
    );
    expect(lines).toEqual([null, 'via the Kremlin']);
  });

  test('opens by itself when it is all the card has (a typical delegate)', () => {
    const { container } = renderCard('lavrov');
    expect(section(container, 'corroborated')).toBeNull();
    expect(section(container, 'disputes')).toBeNull();
    const details = section(container, 'single')?.querySelector('details');
    expect(details?.open).toBe(true);
    expect(screen.getByText('Lavrov was part of the Russian delegation.')).toBeTruthy();
    expect(screen.getByText(/Mentioned by 1 of 5 sources/)).toBeTruthy();
    expect(chipSources(details as HTMLElement)).toEqual(['joongang']);
  });
});

describe('long lists', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      about: ['putin' as const],
      statement: `Claim ${i}`,
      evidence: [
        { source: 'asiae' as const, quote: 'q' },
        { source: 'joongang' as const, quote: 'q' },
      ],
    }));

  test('show the first few and a "Show all N" button that expands in place', () => {
    const knowledge = fixtureKnowledge({ entities: [PUTIN], claims: many(5) });
    const { container } = renderCard('putin', knowledge);
    const claims = () => container.querySelectorAll('.tl-corroborated .tl-claim').length;
    expect(claims()).toBe(3);
    const more = screen.getByRole('button', { name: 'Show all 5' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(claims()).toBe(5);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.textContent).toBe('Show fewer');
    fireEvent.click(more);
    expect(claims()).toBe(3);
  });

  test('no button when everything already shows', () => {
    const knowledge = fixtureKnowledge({ entities: [PUTIN], claims: many(3) });
    renderCard('putin', knowledge);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  test('disputes show two before "Show all"', () => {
    const disputes = Array.from({ length: 3 }, (_, i) => ({
      id: `d${i}`,
      about: ['putin' as const],
      kind: 'fact' as const,
      question: `Q${i}?`,
      accounts: [
        { statement: 'A', evidence: [{ source: 'asiae' as const, quote: 'a' }] },
        { statement: 'B', evidence: [{ source: 'eir' as const, quote: 'b' }] },
      ],
    }));
    const { container } = renderCard('putin', fixtureKnowledge({ entities: [PUTIN], disputes }));
    expect(container.querySelectorAll('.tl-dispute')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 3' }));
    expect(container.querySelectorAll('.tl-dispute')).toHaveLength(3);
  });
});

describe('empty cases', () => {
  test('an entity with no claims and no disputes says so instead of showing empty sections', () => {
    const { container } = renderCard('novak');
    expect(container.querySelectorAll('.tl-section')).toHaveLength(0);
    expect(screen.getByText('None of the 5 bundled sources mention Alexander Novak.')).toBeTruthy();
    // Nothing judged, nothing inferred: no footer.
    expect(container.querySelector('.tl-footer')).toBeNull();
  });

  test('an entity mentioned only inside a dispute still has a card', () => {
    const knowledge = fixtureKnowledge({
      entities: [PUTIN],
      disputes: [
        {
          id: 'd',
          about: ['putin'],
          kind: 'fact',
          question: 'Q?',
          accounts: [
            { statement: 'A', evidence: [{ source: 'asiae', quote: 'a' }] },
            { statement: 'B', evidence: [{ source: 'joongang', quote: 'b' }] },
          ],
        },
      ],
    });
    const { container } = renderCard('putin', knowledge);
    expect(container.querySelectorAll('.tl-section')).toHaveLength(1);
    expect(screen.getByText(/Mentioned by 2 of 5 sources/)).toBeTruthy();
    expect(screen.queryByText(/None of the/)).toBeNull();
  });
});

describe('how this is judged', () => {
  test('the footer links to the editorial notes in one line', () => {
    const { onJudged } = renderCard('putin');
    fireEvent.click(screen.getByRole('button', { name: 'How this is judged' }));
    expect(onJudged).toHaveBeenCalledOnce();
  });
});

describe('text only', () => {
  test('markup in data renders literally, never as elements', () => {
    const hostile =
      '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>';
    const knowledge = fixtureKnowledge({
      entities: [{ ...PUTIN, name: hostile, role: hostile }],
      claims: [
        {
          id: 'x',
          about: ['putin'],
          statement: hostile,
          evidence: [{ source: 'asiae', quote: hostile }],
        },
      ],
    });
    const { container } = renderCard('putin', knowledge);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(hostile);
    expect(screen.getByText(hostile, { selector: '.tl-statement' })).toBeTruthy();
  });
});

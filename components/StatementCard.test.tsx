// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { bundledKnowledge } from '@/core/bundled';
import { statementCard } from '@/core/dispute-view';
import type { Citation } from '@/core/views';
import { StatementCard } from './StatementCard';

afterEach(cleanup);

const knowledge = bundledKnowledge();

function renderCard(disputeId: string, account: number, stated: string) {
  const card = statementCard({ knowledge, disputeId, account, stated });
  const onOpen = vi.fn<(citation: Citation, event: MouseEvent) => void>();
  const onClose = vi.fn();
  const onJudged = vi.fn();
  const result = render(
    <StatementCard card={card} titleId="t" onOpen={onOpen} onClose={onClose} onJudged={onJudged} />,
  );
  return { ...result, card, onOpen, onClose, onJudged };
}

describe('StatementCard', () => {
  test('the question is the labelled heading; the page line names the account it is like', () => {
    const { container, card } = renderCard('putin-arrival-time', 1, '2:22 a.m.');
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.id).toBe('t');
    expect(heading.textContent).toBe(card.question);
    expect(container.querySelector('.tl-page-line')?.textContent).toBe(
      'This page: 2:22 a.m. — like Russian media, via Korea JoongAng Daily',
    );
    expect(container.querySelector('.tl-eyebrow')?.textContent).toBe('Sources differ on a fact');
  });

  test('the matched account first, the others after, each with outlet chips that open it', () => {
    const { container, card, onOpen } = renderCard('putin-arrival-time', 1, '2:22 a.m.');
    const matched = container.querySelector<HTMLElement>('.tl-account-matched');
    expect(matched?.dataset.account).toBe('1');
    expect(matched?.querySelector('.tl-statement')?.textContent).toBe(card.matched.statement);
    const others = [...container.querySelectorAll<HTMLElement>('.tl-other-accounts .tl-account')];
    expect(others.map((el) => el.dataset.account)).toEqual(['0']);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('The other account');
    const chip = within(others[0] as HTMLElement).getAllByRole('button')[0] as HTMLElement;
    fireEvent.click(chip);
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0]?.[0]).toEqual(card.others[0]?.citations[0]);
  });

  test('a characterisation says so; close and "How this is judged" call back', () => {
    const { container, onClose, onJudged } = renderCard(
      'relationship-level',
      0,
      'the level of an alliance',
    );
    expect(container.querySelector('.tl-eyebrow')?.textContent).toBe(
      'Sources differ in how they describe it',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    fireEvent.click(screen.getByRole('button', { name: 'How this is judged' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onJudged).toHaveBeenCalledTimes(1);
  });
});

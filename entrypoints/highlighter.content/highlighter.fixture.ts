/** A Highlighter on the test's document with every kind on: what the happy-dom tests share. */
import type { Matcher } from '@/core/matcher';
import { ENTITIES } from './entities';
import { Highlighter, type Scheduler } from './highlighter';
import { MarkStyles } from './styles';

export function testHighlighter(options: {
  scheduler: Scheduler;
  createMatcher: () => Matcher;
}): Highlighter {
  return new Highlighter({
    document,
    createMatcher: options.createMatcher,
    entities: ENTITIES,
    styles: new MarkStyles({ style: 'default' }),
    scheduler: options.scheduler,
    kinds: { treaty: true, leader: true, delegate: true },
    tabOrder: false,
    onChange: () => {},
  });
}

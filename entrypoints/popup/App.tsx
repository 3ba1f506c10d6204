import { useEffect, useRef, useState } from 'preact/hooks';
import { type Browser, browser } from 'wxt/browser';
import { Switch } from '@/components/Switch';
import { type Counts, type DisputeCounts, parseMessage } from '@/core/messages';
import { isActiveOn, type Settings, siteEnabled } from '@/core/settings';
import { VIEWER_PATH } from '@/entrypoints/sources/address';
import {
  readSettings,
  setSiteEnabled,
  updateSettings,
  watchSettings,
  writeErrorMessage,
} from '@/utils/settings';
import { DISPUTE_QUESTIONS } from './disputes';
import { ENTITIES, SOURCE_COUNT } from './entities';
import { groupMentions, groupStatements } from './mentions';
import { jump, requestSummary } from './tab';

type Page =
  | { status: 'loading' }
  | { status: 'unsupported' }
  | { status: 'ready'; host: string; counts: Counts; total: number; disputes: DisputeCounts };

export function App({ tabId }: { tabId: number | undefined }) {
  const settings = useSettings();
  const page = usePage(tabId);
  const host = page.status === 'ready' ? page.host : '';
  // A switch whose change was not stored keeps showing what is stored, and says why here.
  const [writeError, setWriteError] = useState('');
  const saving = (write: Promise<unknown>) =>
    void write.then(
      () => setWriteError(''),
      (error: unknown) => setWriteError(writeErrorMessage(error)),
    );

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/96.png" width={28} height={28} alt="" />
        <div>
          <h1 class="popup-title">Treaty Lens</h1>
          <p class="popup-host">{host || 'This page'}</p>
        </div>
      </header>

      {settings && (
        <section class="popup-switches" aria-label="Highlighting">
          <Switch
            label="Highlight on all sites"
            checked={settings.enabled}
            onChange={(enabled) => saving(updateSettings({ enabled }))}
          />
          {host && (
            <Switch
              label={`Highlight on ${host}`}
              description={settings.enabled ? undefined : 'Off while all sites are off'}
              checked={siteEnabled({ settings, host })}
              onChange={(enabled) => saving(setSiteEnabled({ host, enabled }))}
            />
          )}
          {writeError && (
            <p class="popup-error" role="alert">
              {writeError}
            </p>
          )}
        </section>
      )}

      <section class="popup-page" aria-labelledby="page-heading">
        {settings && tabId !== undefined && (
          <PageReport page={page} settings={settings} tabId={tabId} />
        )}
      </section>

      <footer class="popup-footer">
        <button
          type="button"
          class="link-button"
          onClick={() =>
            void browser.tabs
              .create({ url: browser.runtime.getURL(VIEWER_PATH) })
              .then(() => window.close())
          }
        >
          The {SOURCE_COUNT} bundled sources
        </button>
        <button
          type="button"
          class="link-button"
          onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        >
          Options
        </button>
      </footer>
    </main>
  );
}

function PageReport({ page, settings, tabId }: { page: Page; settings: Settings; tabId: number }) {
  if (page.status === 'loading') {
    return <p class="note">Looking at this page…</p>;
  }
  if (page.status === 'unsupported') {
    return (
      <p class="note" id="page-heading" role="status">
        <strong>Treaty Lens can't run on this page</strong>
        Browser pages and extension stores are off limits to extensions. If this is an ordinary web
        page that was open before Treaty Lens was installed, reload it.
      </p>
    );
  }
  if (!isActiveOn({ settings, host: page.host })) {
    return (
      <p class="note" id="page-heading" role="status">
        <strong>Highlighting is off here</strong>
        {settings.enabled
          ? `Switch ${page.host} back on to see what this page mentions.`
          : 'Switch it on for all sites to see what this page mentions.'}
      </p>
    );
  }
  const groups = groupMentions({ counts: page.counts, entities: ENTITIES });
  if (groups.length === 0) {
    return (
      <p class="note" id="page-heading" role="status">
        <strong>No mentions on this page</strong>
        Nothing here names the 2024 treaty, the two leaders or the summit delegates.
      </p>
    );
  }
  return (
    <>
      <div class="page-heading">
        <h2 id="page-heading">On this page</h2>
        <span class="page-total" aria-live="polite">
          {page.total} {page.total === 1 ? 'mention' : 'mentions'}
        </span>
      </div>
      {groups.map((group) => (
        <div class="mention-group" key={group.kind}>
          <h3 id={`group-${group.kind}`}>{group.label}</h3>
          <ul aria-labelledby={`group-${group.kind}`}>
            {group.items.map((item) => (
              <CountLine
                key={item.id}
                name={item.name}
                count={item.count}
                noun={['mention', 'mentions']}
                title={`${item.role} — show the next mention`}
                data={{ 'data-entity': item.id }}
                onJump={() => void jump({ tabId, message: { type: 'jump', entity: item.id } })}
              />
            ))}
          </ul>
        </div>
      ))}
      <StatementGroup disputes={page.disputes} tabId={tabId} />
      <p class="page-hint">Choose a line to scroll to the next place it is on the page.</p>
    </>
  );
}

/** The page's statements that the bundled sources dispute, one line per question. */
function StatementGroup({ disputes, tabId }: { disputes: DisputeCounts; tabId: number }) {
  const items = groupStatements({ disputes, questions: DISPUTE_QUESTIONS });
  if (items.length === 0) return null;
  return (
    <div class="mention-group statement-group">
      <h3 id="group-statements">Sources differ</h3>
      <ul aria-labelledby="group-statements">
        {items.map((item) => (
          <CountLine
            key={item.dispute}
            name={item.question}
            count={item.count}
            noun={['statement', 'statements']}
            title="Where this page states it: show the next one"
            data={{ 'data-dispute': item.dispute }}
            onJump={() =>
              void jump({ tabId, message: { type: 'jump-statement', dispute: item.dispute } })
            }
          />
        ))}
      </ul>
    </div>
  );
}

/** One line of the popup's lists: a name, how often the page has it, and a jump to the next. */
function CountLine(props: {
  name: string;
  count: number;
  noun: [one: string, more: string];
  title: string;
  data: Record<`data-${string}`, string>;
  onJump: () => void;
}) {
  const { name, count, noun, title, data, onJump } = props;
  return (
    <li>
      <button type="button" class="mention" title={title} {...data} onClick={onJump}>
        <span class="mention-name">{name}</span>
        <span class="mention-count">
          {count}
          <span class="visually-hidden"> {count === 1 ? noun[0] : noun[1]}</span>
        </span>
      </button>
    </li>
  );
}

function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}

/**
 * The page's summary, kept current: the content script reports every change of its counts
 * (`mentions`, to the whole extension), so the list follows the page while the popup is open.
 */
function usePage(tabId: number | undefined): Page {
  const [page, setPage] = useState<Page>({ status: 'loading' });
  const status = useRef(page.status);
  status.current = page.status;

  useEffect(() => {
    if (tabId === undefined) {
      setPage({ status: 'unsupported' });
      return;
    }
    let live = true;
    const load = async () => {
      const summary = await requestSummary({ tabId });
      if (!live) return;
      setPage(
        summary
          ? {
              status: 'ready',
              host: summary.host,
              counts: summary.counts,
              total: summary.total,
              disputes: summary.disputes,
            }
          : { status: 'unsupported' },
      );
    };
    void load();

    const onMessage = (input: unknown, sender: Browser.runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || sender.tab?.id !== tabId || sender.frameId !== 0) {
        return undefined;
      }
      const message = parseMessage(input);
      if (message?.type !== 'mentions') return undefined;
      if (status.current === 'unsupported') {
        // The page was still loading when the popup opened; now it has a content script.
        void load();
      } else {
        setPage((current) =>
          current.status === 'ready'
            ? {
                ...current,
                counts: message.counts,
                total: message.total,
                disputes: message.disputes,
              }
            : current,
        );
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId]);
  return page;
}

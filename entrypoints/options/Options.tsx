import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Switch } from '@/components/Switch';
import type { EntityKind } from '@/core/schema';
import { type HighlightStyle, type OpenOn, type Settings, withSite } from '@/core/settings';
import { shortcutsHelp } from '@/utils/platform';
import {
  readSettings,
  setSiteEnabled,
  updateSettings,
  watchSettings,
  writeErrorMessage,
} from '@/utils/settings';
import { ENTITIES } from '../popup/entities';
import { KIND_LABELS, KIND_ORDER } from '../popup/mentions';
import { readShortcuts, type Shortcut } from './shortcuts';

interface Choice<T extends string> {
  value: T;
  label: string;
  description: string;
}

const STYLES: Choice<HighlightStyle>[] = [
  { value: 'default', label: 'Default', description: 'A soft marker colour' },
  {
    value: 'high-contrast',
    label: 'High contrast',
    description: 'Dark text on bright yellow, outlined',
  },
  { value: 'underline', label: 'Underline only', description: 'Leaves the page’s colours alone' },
];

const OPEN_ON: Choice<OpenOn>[] = [
  {
    value: 'hover',
    label: 'On hover or focus',
    description: 'Point at a highlight to read about it',
  },
  { value: 'click', label: 'On click only', description: 'Nothing pops up until you click' },
];

/** Who each kind covers, from the bundled entities, so the checkbox says what it turns off. */
function kindExamples(kind: EntityKind): string {
  const ofKind = ENTITIES.filter((entity) => entity.kind === kind);
  if (kind === 'treaty') {
    return `The 2024 treaty and ${ofKind.length - 1} earlier Moscow–Pyongyang agreements`;
  }
  if (kind === 'leader') return ofKind.map((entity) => entity.name).join(' and ');
  const first = ['russia', 'dprk'].flatMap((side) => {
    const found = ofKind.find((entity) => entity.side === side);
    return found ? [found.name] : [];
  });
  return `${first.join(', ')} and ${ofKind.length - first.length} other summit delegates`;
}

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [saved, setSaved] = useState('');
  const [writeError, setWriteError] = useState('');

  useEffect(() => {
    void readSettings().then(setSettings);
    void readShortcuts().then(setShortcuts);
    return watchSettings(setSettings);
  }, []);

  if (!settings) return null;

  // A change that was not stored: the controls go back to what is stored, and this says why.
  const failed = (error: unknown) => {
    setSaved('');
    setWriteError(writeErrorMessage(error));
    void readSettings().then(setSettings);
  };
  const done = (message: string) => {
    setWriteError('');
    setSaved(message);
  };
  const save = (patch: Partial<Settings>) =>
    void updateSettings(patch).then(() => done('Saved. Open tabs follow at once.'), failed);
  const removeSite = (host: string) => {
    // Show it gone at once; storage confirms through watchSettings.
    setSettings(withSite({ settings, host, enabled: true }));
    void setSiteEnabled({ host, enabled: true }).then(() => done(`${host} is back on.`), failed);
  };

  return (
    <main class="options">
      <header class="options-header">
        <img src="/icon/96.png" width={40} height={40} alt="" />
        <div>
          <h1>Treaty Lens</h1>
          <p class="muted">Options are saved as you change them and apply to open tabs at once.</p>
        </div>
      </header>

      <Section title="Highlighting">
        <Switch
          label="Highlight on all sites"
          description="The master switch; the toolbar popup has it too"
          checked={settings.enabled}
          onChange={(enabled) => save({ enabled })}
        />
        <fieldset class="choices">
          <legend>What to highlight</legend>
          {KIND_ORDER.map((kind) => (
            <label class="choice" key={kind}>
              <input
                type="checkbox"
                name="kinds"
                value={kind}
                checked={settings.kinds[kind]}
                onChange={(event) =>
                  save({ kinds: { ...settings.kinds, [kind]: event.currentTarget.checked } })
                }
              />
              <span>
                <span class="choice-label">{KIND_LABELS[kind]}</span>
                <span class="choice-description">{kindExamples(kind)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <Switch
          label="Mark statements the sources dispute"
          description="A dotted underline where a page states a point the bundled sources tell differently, such as Putin’s arrival time; its card shows each account"
          checked={settings.statements}
          onChange={(statements) => save({ statements })}
        />
      </Section>

      <Section title="Appearance">
        <Choices
          legend="Highlight style"
          name="style"
          choices={STYLES}
          selected={settings.style}
          onSelect={(style) => save({ style })}
          sample={(style) => (
            <mark class={`sample sample-${style}`} aria-hidden="true">
              Kim Jong Un
            </mark>
          )}
        />
        <Choices
          legend="Open the popover"
          name="openOn"
          choices={OPEN_ON}
          selected={settings.openOn}
          onSelect={(openOn) => save({ openOn })}
        />
      </Section>

      <Section title="Keyboard and toolbar">
        <Switch
          label="Highlights in the tab order"
          description="Tab moves from highlight to highlight; Enter opens the popover"
          checked={settings.tabOrder}
          onChange={(tabOrder) => save({ tabOrder })}
        />
        <Switch
          label="Mention count on the toolbar icon"
          description="How many mentions the current tab has"
          checked={settings.showBadge}
          onChange={(showBadge) => save({ showBadge })}
        />
        {shortcuts.length > 0 && (
          <div class="shortcuts">
            <h3>Shortcuts</h3>
            <dl>
              {shortcuts.map((shortcut) => (
                <div key={shortcut.name}>
                  <dt>{shortcut.description}</dt>
                  <dd>
                    {shortcut.keys ? (
                      <kbd>{shortcut.keys}</kbd>
                    ) : (
                      <span class="muted">Not set</span>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
            <p class="muted">{shortcutsHelp()}</p>
          </div>
        )}
      </Section>

      <Section title="Sites where highlighting is off">
        {settings.disabledSites.length === 0 ? (
          <p class="muted">
            None. Turn a site off from the toolbar popup, or with the shortcut while you are on it.
          </p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span class="site-host">{host}</span>
                <button
                  type="button"
                  class="link-button"
                  aria-label={`Remove ${host} (highlight there again)`}
                  onClick={() => removeSite(host)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <p class="status" role="status">
        {saved}
      </p>
      {writeError && (
        <p class="status-error" role="alert">
          {writeError}
        </p>
      )}
    </main>
  );
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** One radio group of the options page: a label, a description and optionally a live sample. */
function Choices<T extends string>({
  legend,
  name,
  choices,
  selected,
  onSelect,
  sample,
}: {
  legend: string;
  name: string;
  choices: readonly Choice<T>[];
  selected: T;
  onSelect: (value: T) => void;
  sample?: (value: T) => ComponentChildren;
}) {
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label class="choice" key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={selected === choice.value}
            onChange={() => onSelect(choice.value)}
          />
          <span>
            <span class="choice-label">
              {choice.label}
              {sample && <> {sample(choice.value)}</>}
            </span>
            <span class="choice-description">{choice.description}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

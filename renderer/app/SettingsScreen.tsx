import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Preferences } from '../../shared/preferences';
import { usePreferences } from './preferences';

const QUICK_HIDE_OPTIONS: readonly { value: Preferences['quickHideShortcut']; label: string }[] = [
  { value: 'Ctrl+Shift+H', label: 'Ctrl+Shift+H' },
  { value: 'Ctrl+Shift+Space', label: 'Ctrl+Shift+Space' },
  { value: 'Ctrl+Shift+Escape', label: 'Ctrl+Shift+Escape' },
];

const MIN_MINUTES = 1;
const MAX_MINUTES = 240;

/** Preferences (stored unencrypted, so never anything a person wrote). */
export function SettingsScreen({ onBack }: { onBack: () => void }) {
  const { prefs, setPrefs } = usePreferences();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const ids = {
    theme: useId(),
    size: useId(),
    motion: useId(),
    autoLock: useId(),
    autoLockHint: useId(),
    quickHide: useId(),
    quickHideHint: useId(),
    clipboard: useId(),
    clipboardHint: useId(),
    discreet: useId(),
    discreetHint: useId(),
    spellcheck: useId(),
    spellcheckHint: useId(),
  };
  const [minutes, setMinutes] = useState(String(prefs.autoLockMinutes));
  useEffect(() => setMinutes(String(prefs.autoLockMinutes)), [prefs.autoLockMinutes]);
  const minutesValue = Number(minutes);
  const minutesValid = /^\d+$/.test(minutes.trim()) && minutesValue >= MIN_MINUTES && minutesValue <= MAX_MINUTES;

  return (
    <main className="narrow settings" aria-labelledby="settings-title">
      <h1 id="settings-title" ref={headingRef} tabIndex={-1}>
        Settings
      </h1>
      <p className="lead">Changes are kept as soon as you make them.</p>

      <Group title="Appearance">
        <div className="field">
          <label htmlFor={ids.theme}>Theme</label>
          <select id={ids.theme} value={prefs.theme} onChange={(e) => void setPrefs({ theme: e.target.value as Preferences['theme'] })}>
            <option value="system">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.size}>Text size</label>
          <select id={ids.size} value={prefs.textSize} onChange={(e) => void setPrefs({ textSize: e.target.value as Preferences['textSize'] })}>
            <option value="small">Small</option>
            <option value="medium">Medium</option>
            <option value="large">Large</option>
            <option value="x-large">Extra large</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.motion}>Movement on screen</label>
          <select
            id={ids.motion}
            value={prefs.reducedMotion}
            onChange={(e) => void setPrefs({ reducedMotion: e.target.value as Preferences['reducedMotion'] })}
          >
            <option value="system">Follow the system</option>
            <option value="on">Reduce movement</option>
            <option value="off">Allow gentle movement</option>
          </select>
        </div>
      </Group>

      <Group title="Privacy">
        <div className="field">
          <label htmlFor={ids.autoLock}>Lock automatically after this many quiet minutes</label>
          <input
            id={ids.autoLock}
            type="number"
            inputMode="numeric"
            min={MIN_MINUTES}
            max={MAX_MINUTES}
            value={minutes}
            aria-describedby={ids.autoLockHint}
            aria-invalid={!minutesValid}
            onChange={(e) => {
              setMinutes(e.target.value);
              const value = Number(e.target.value);
              if (/^\d+$/.test(e.target.value.trim()) && value >= MIN_MINUTES && value <= MAX_MINUTES) {
                void setPrefs({ autoLockMinutes: value });
              }
            }}
            onBlur={() => setMinutes(String(prefs.autoLockMinutes))}
          />
          <p id={ids.autoLockHint} className={minutesValid ? 'hint' : 'hint error'}>
            {minutesValid
              ? 'An open workbook saves and locks itself after this long without typing or clicking.'
              : `Please choose a whole number of minutes from ${MIN_MINUTES} to ${MAX_MINUTES}. Until then, ${prefs.autoLockMinutes} minutes stays in place.`}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.quickHide}>Quick hide shortcut</label>
          <select
            id={ids.quickHide}
            value={prefs.quickHideShortcut}
            aria-describedby={ids.quickHideHint}
            onChange={(e) => void setPrefs({ quickHideShortcut: e.target.value as Preferences['quickHideShortcut'] })}
          >
            {QUICK_HIDE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <p id={ids.quickHideHint} className="hint">
            Locks every workbook at once and shows a plain screen. On a Mac, use Cmd instead of Ctrl.
          </p>
        </div>
        <div className="checkbox">
          <input
            id={ids.clipboard}
            type="checkbox"
            checked={prefs.clearClipboardOnLock}
            aria-describedby={ids.clipboardHint}
            onChange={(e) => void setPrefs({ clearClipboardOnLock: e.target.checked })}
          />
          <div>
            <label htmlFor={ids.clipboard}>Clear copied workbook text when locking</label>
            <p id={ids.clipboardHint} className="hint">
              You can copy your own writing. When a workbook locks, the app clears the clipboard if it still holds text you copied
              from the workbook. Anything you copied from elsewhere afterwards is left alone.
            </p>
          </div>
        </div>
        <div className="checkbox">
          <input
            id={ids.discreet}
            type="checkbox"
            checked={prefs.discreetMode}
            aria-describedby={ids.discreetHint}
            onChange={(e) => void setPrefs({ discreetMode: e.target.checked })}
          />
          <div>
            <label htmlFor={ids.discreet}>Discreet mode</label>
            <p id={ids.discreetHint} className="hint">
              The window title and the first screen say only “Workbook”, and the two workbooks are shown as Workbook A and
              Workbook B. Inside an unlocked workbook nothing changes.
            </p>
          </div>
        </div>
      </Group>

      <Group title="Writing">
        <div className="checkbox">
          <input
            id={ids.spellcheck}
            type="checkbox"
            checked={prefs.spellcheck}
            aria-describedby={ids.spellcheckHint}
            onChange={(e) => void setPrefs({ spellcheck: e.target.checked })}
          />
          <div>
            <label htmlFor={ids.spellcheck}>Check spelling as I write</label>
            <div id={ids.spellcheckHint} className="hint">
              <p>Off unless you turn it on. What turning it on means:</p>
              <ul>
                <li>Your words are checked on this computer. They are never sent anywhere.</li>
                <li>
                  On Windows and Linux, the app asks for a spelling dictionary for your language, a file that comes from Google’s
                  servers. That request says which language you use, nothing about what you write. This app otherwise never goes
                  online, and where a dictionary cannot be fetched, spelling is simply not checked.
                </li>
                <li>On a Mac, the system’s own spellchecker is used and nothing is downloaded.</li>
                <li>The change takes effect the next time you open the app.</li>
              </ul>
            </div>
          </div>
        </div>
      </Group>

      <Group title="Exports">
        <fieldset className="choice-group">
          <legend>Page size for exported documents</legend>
          <PageSizeOption value="a4" label="A4" hint="Used in most of the world." />
          <PageSizeOption value="letter" label="US Letter" hint="Used in the United States and Canada." />
        </fieldset>
      </Group>

      <p className="hint settings-note">
        Settings are kept on this computer without encryption, so they never include anything you write, and they are the same for
        both workbooks.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onBack}>
          Done
        </button>
      </div>
    </main>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card settings-group" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function PageSizeOption({ value, label, hint }: { value: Preferences['pageSize']; label: string; hint: string }) {
  const { prefs, setPrefs } = usePreferences();
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="radio" name="page-size" value={value} checked={prefs.pageSize === value} onChange={() => void setPrefs({ pageSize: value })} />
      <label htmlFor={id}>
        {label} <span className="muted">· {hint}</span>
      </label>
    </div>
  );
}

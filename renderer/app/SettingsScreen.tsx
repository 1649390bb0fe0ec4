import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Preferences } from '../../shared/preferences';
import { CRISIS_COUNTRIES, CRISIS_TEXTS, type CrisisCountryId } from '../../shared/guidance/crisisResources';
import { CheckboxField, SelectField } from '../ui/fields';
import { usePreferences } from './preferences';
import { BackButton } from './BackButton';

const QUICK_HIDE_OPTIONS: readonly { value: Preferences['quickHideShortcut']; label: string }[] = [
  { value: 'Ctrl+Shift+H', label: 'Ctrl+Shift+H' },
  { value: 'Ctrl+Shift+Space', label: 'Ctrl+Shift+Space' },
];

const THEME_OPTIONS: readonly { value: Preferences['theme']; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const TEXT_SIZE_OPTIONS: readonly { value: Preferences['textSize']; label: string }[] = [
  { value: 'small', label: 'Small' },
  { value: 'medium', label: 'Medium' },
  { value: 'large', label: 'Large' },
  { value: 'x-large', label: 'Extra large' },
];

const MOTION_OPTIONS: readonly { value: Preferences['reducedMotion']; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'on', label: 'Reduce movement' },
  { value: 'off', label: 'Allow gentle movement' },
];

const COUNTRY_OPTIONS: readonly { value: CrisisCountryId | 'unset'; label: string }[] = [
  { value: 'unset', label: CRISIS_TEXTS.countryUnset },
  ...CRISIS_COUNTRIES.map((c) => ({ value: c.id, label: c.name })),
];

const MIN_MINUTES = 1;
const MAX_MINUTES = 240;
const isValidMinutes = (text: string) => /^\d+$/.test(text.trim()) && Number(text) >= MIN_MINUTES && Number(text) <= MAX_MINUTES;

/** Preferences (stored unencrypted, so never anything a person wrote). */
export function SettingsScreen({ onBack }: { onBack: () => void }) {
  const { prefs, setPrefs } = usePreferences();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const autoLockId = useId();
  const autoLockHintId = useId();
  const [minutes, setMinutes] = useState(String(prefs.autoLockMinutes));
  useEffect(() => setMinutes(String(prefs.autoLockMinutes)), [prefs.autoLockMinutes]);
  const minutesValid = isValidMinutes(minutes);

  return (
    <main className="narrow settings" aria-labelledby="settings-title">
      <h1 id="settings-title" ref={headingRef} tabIndex={-1}>
        Settings
      </h1>
      <p className="lead">Changes are kept as soon as you make them.</p>

      <Group title="Appearance">
        <SelectField label="Theme" value={prefs.theme} options={THEME_OPTIONS} onChange={(theme) => void setPrefs({ theme })} />
        <SelectField
          label="Text size"
          value={prefs.textSize}
          options={TEXT_SIZE_OPTIONS}
          onChange={(textSize) => void setPrefs({ textSize })}
        />
        <SelectField
          label="Movement on screen"
          value={prefs.reducedMotion}
          options={MOTION_OPTIONS}
          onChange={(reducedMotion) => void setPrefs({ reducedMotion })}
        />
      </Group>

      <Group title="Privacy">
        <div className="field">
          <label htmlFor={autoLockId}>Lock automatically after this many quiet minutes</label>
          <input
            id={autoLockId}
            type="number"
            inputMode="numeric"
            min={MIN_MINUTES}
            max={MAX_MINUTES}
            value={minutes}
            aria-describedby={autoLockHintId}
            aria-invalid={!minutesValid}
            onChange={(e) => {
              setMinutes(e.target.value);
              if (isValidMinutes(e.target.value)) void setPrefs({ autoLockMinutes: Number(e.target.value) });
            }}
            onBlur={() => setMinutes(String(prefs.autoLockMinutes))}
          />
          <p id={autoLockHintId} className={minutesValid ? 'hint' : 'hint error'}>
            {minutesValid
              ? 'An open workbook saves and locks itself after this long without typing or clicking.'
              : `Please choose a whole number of minutes from ${MIN_MINUTES} to ${MAX_MINUTES}. Until then, ${prefs.autoLockMinutes} minutes stays in place.`}
          </p>
        </div>
        <SelectField
          label="Quick hide shortcut"
          value={prefs.quickHideShortcut}
          options={QUICK_HIDE_OPTIONS}
          hint="Locks every workbook at once and shows a plain screen. On a Mac, use Cmd instead of Ctrl."
          onChange={(quickHideShortcut) => void setPrefs({ quickHideShortcut })}
        />
        <CheckboxField
          label="Clear copied workbook text when locking"
          checked={prefs.clearClipboardOnLock}
          hint="You can copy your own writing. When a workbook locks, the app clears the clipboard if it still holds text you copied from the workbook. Anything you copied from elsewhere afterwards is left alone."
          onChange={(clearClipboardOnLock) => void setPrefs({ clearClipboardOnLock })}
        />
        <CheckboxField
          label="Discreet mode"
          checked={prefs.discreetMode}
          hint="The window title and the first screen say only “Workbook”, and the two workbooks are shown as Workbook A and Workbook B. Inside an unlocked workbook nothing changes."
          onChange={(discreetMode) => void setPrefs({ discreetMode })}
        />
      </Group>

      <Group title={CRISIS_TEXTS.settingsGroup}>
        <SelectField
          label={CRISIS_TEXTS.countryLabel}
          value={prefs.crisisCountry ?? 'unset'}
          options={COUNTRY_OPTIONS}
          hint={CRISIS_TEXTS.settingsHint}
          onChange={(v) => void setPrefs({ crisisCountry: v === 'unset' ? null : v })}
        />
      </Group>

      <Group title="Writing">
        <CheckboxField
          label="Check spelling as I write"
          checked={prefs.spellcheck}
          onChange={(spellcheck) => void setPrefs({ spellcheck })}
          hint={
            <>
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
            </>
          }
        />
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
      <BackButton label="Done" onBack={onBack} />
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
      <input
        id={id}
        type="radio"
        name="page-size"
        value={value}
        checked={prefs.pageSize === value}
        onChange={() => void setPrefs({ pageSize: value })}
      />
      <label htmlFor={id}>
        {label} <span className="muted">· {hint}</span>
      </label>
    </div>
  );
}

import { useId } from 'react';
import { usePreferences } from './preferences';

/** Preferences (stored unencrypted, so never anything a person wrote). */
export function SettingsScreen({ onBack }: { onBack: () => void }) {
  const { prefs, setPrefs } = usePreferences();
  const autoLockId = useId();
  const themeId = useId();
  const sizeId = useId();
  return (
    <main className="narrow" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <div className="card">
        <div className="field">
          <label htmlFor={autoLockId}>Lock automatically after this many idle minutes</label>
          <input
            id={autoLockId}
            type="number"
            min={1}
            max={240}
            value={prefs.autoLockMinutes}
            onChange={(e) => {
              const minutes = Math.round(Number(e.target.value));
              if (minutes >= 1 && minutes <= 240) void setPrefs({ autoLockMinutes: minutes });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={themeId}>Theme</label>
          <select id={themeId} value={prefs.theme} onChange={(e) => void setPrefs({ theme: e.target.value as typeof prefs.theme })}>
            <option value="system">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={sizeId}>Text size</label>
          <select id={sizeId} value={prefs.textSize} onChange={(e) => void setPrefs({ textSize: e.target.value as typeof prefs.textSize })}>
            <option value="small">Small</option>
            <option value="medium">Medium</option>
            <option value="large">Large</option>
            <option value="x-large">Extra large</option>
          </select>
        </div>
        <p className="hint">Settings are kept on this computer without encryption, so they never include anything you write.</p>
        <div className="actions">
          <button type="button" className="primary" onClick={onBack}>
            Done
          </button>
        </div>
      </div>
    </main>
  );
}

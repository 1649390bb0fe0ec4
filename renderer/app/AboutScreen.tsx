import { useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../shared/ipc/contract';
import { APP_MENU_TEXTS, DISCREET_TEXTS, ERROR_LOG_TEXTS } from '../../shared/guidance/desktopTexts';
import { call } from '../bridge';
import { usePreferences } from './preferences';
import { BackButton } from './BackButton';

export interface LicenceEntry {
  name: string;
  version: string;
  license: string;
  text: string;
}

const PLATFORMS: Record<string, string> = { win32: 'Windows', darwin: 'macOS', linux: 'Linux' };

/**
 * Version, where data lives, and the open-source licences of everything bundled in the app.
 * In discreet mode it names neither the app nor its purpose; the folder (whose name is the
 * app's) shows only when asked for.
 */
export function AboutScreen({ onBack }: { onBack: () => void }) {
  const discreet = usePreferences().prefs.discreetMode;
  const [folderShown, setFolderShown] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [infoError, setInfoError] = useState<string | null>(null);
  const [licences, setLicences] = useState<LicenceEntry[] | null>(null);
  const [licenceError, setLicenceError] = useState(false);
  const [logError, setLogError] = useState<string | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
    let live = true;
    void call('app:info').then((r) => {
      if (!live) return;
      if (r.ok) setInfo(r.value);
      else setInfoError(r.error.message);
    });
    // The list is generated at build time (scripts/licenses.mjs) and loaded only when needed.
    import('../generated/licenses.json')
      .then((m) => live && setLicences(m.default as LicenceEntry[]))
      .catch(() => live && setLicenceError(true));
    return () => {
      live = false;
    };
  }, []);

  return (
    <main className="narrow about" aria-labelledby="about-title">
      <h1 id="about-title" ref={headingRef} tabIndex={-1}>
        {APP_MENU_TEXTS.about(discreet ? DISCREET_TEXTS.appName : 'Disclosure Workbook')}
      </h1>
      <section className="card" aria-label="This copy of the app">
        {info ? (
          <dl className="facts">
            <dt>Version</dt>
            <dd data-testid="app-version">{info.version}</dd>
            <dt>System</dt>
            <dd>{PLATFORMS[info.platform] ?? info.platform}</dd>
            <dt>Workbooks are kept in</dt>
            <dd>
              {discreet && !folderShown ? (
                <button type="button" className="link" onClick={() => setFolderShown(true)}>
                  {DISCREET_TEXTS.showFolder}
                </button>
              ) : (
                <code>{info.dataFolder}</code>
              )}
            </dd>
          </dl>
        ) : infoError ? (
          <p className="error" role="alert">
            {infoError}
          </p>
        ) : (
          <p className="muted">Loading…</p>
        )}
        {discreet ? (
          <p>{DISCREET_TEXTS.aboutLead}</p>
        ) : (
          <p>
            Private, encrypted workbooks for a couple preparing a formal therapeutic disclosure, one for each partner. The app
            never goes online, keeps no statistics about you, and shares nothing unless you export it yourself.
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="error-log-title">
        <h2 id="error-log-title">{ERROR_LOG_TEXTS.heading}</h2>
        <p>{ERROR_LOG_TEXTS.explanation}</p>
        {logError && (
          <p className="error" role="alert">
            {logError}
          </p>
        )}
        <button
          type="button"
          onClick={() => void call('app:openLogFolder').then((r) => setLogError(r.ok ? null : r.error.message))}
        >
          {ERROR_LOG_TEXTS.open}
        </button>
      </section>

      <section className="card" aria-labelledby="licences-title">
        <h2 id="licences-title">Open-source licences</h2>
        <p>
          This app is built with open-source software. With thanks to the people who make it, here are the packages bundled in the
          app and their licences. Electron also includes Chromium and Node.js, whose notices come with the app in the file
          LICENSES.chromium.html.
        </p>
        {licenceError && (
          <p className="error" role="alert">
            The list of licences could not be loaded. It is also in the app&apos;s source code, in
            renderer/generated/licenses.json.
          </p>
        )}
        {!licences && !licenceError && <p className="muted">Loading the list…</p>}
        {licences && (
          <ul className="licence-list" aria-label={`${licences.length} packages`}>
            {licences.map((entry) => (
              <li key={`${entry.name}@${entry.version}`}>
                <details>
                  <summary>
                    <span className="licence-name">{entry.name}</span> <span className="muted">{entry.version}</span>{' '}
                    <span className="licence-kind">{entry.license}</span>
                  </summary>
                  {entry.text ? (
                    <pre className="licence-text">{entry.text}</pre>
                  ) : (
                    <p className="muted">This package ships no separate licence file; its licence is {entry.license}.</p>
                  )}
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
      <BackButton label="Back" onBack={onBack} />
    </main>
  );
}

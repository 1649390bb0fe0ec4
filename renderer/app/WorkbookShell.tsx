import { produce } from 'immer';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Workbook } from '../../shared/workbook/schema';
import { PauseControl } from '../features/pause/PauseControl';
import { flushPendingEditorChanges } from '../editor/pendingChanges';
import { sectionsFor } from '../features/sections';
import type { Update } from '../features/types';
import { UndoProvider } from '../ui/UndoRemoval';
import { usePreferences } from './preferences';
import { useAutosave, type SaveStatus } from './useAutosave';

export const ROLE_TITLES: Record<Workbook['role'], string> = {
  disclosing: 'Disclosure workbook',
  partner: "Partner's workbook",
};

interface Props {
  initialContent: Workbook;
  notice?: string | undefined;
  registerFlush: (flush: (() => Promise<boolean>) | null) => void;
  onLock: () => void;
  onQuickHide: () => void;
}

/** An unlocked workbook: navigation, the current section, autosave and the save status line. */
export function WorkbookShell({ initialContent, notice, registerFlush, onLock, onQuickHide }: Props) {
  const { prefs } = usePreferences();
  const [content, setContent] = useState<Workbook>(initialContent);
  const { status, flush, retry } = useAutosave(initialContent.role, content, initialContent.savedAt);
  const sections = useMemo(() => sectionsFor(initialContent), [initialContent]);
  const [sectionId, setSectionId] = useState(sections[0]?.id ?? '');
  const [banner, setBanner] = useState(notice);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    // Editors serialize after a pause; on lock/quit they push what was typed first.
    const flushAll = () => {
      flushPendingEditorChanges();
      return flush();
    };
    registerFlush(flushAll);
    return () => registerFlush(null);
  }, [flush, registerFlush]);

  const update: Update<Workbook> = useCallback((recipe) => {
    setContent((current) => produce(current, recipe));
  }, []);

  const goTo = useCallback((id: string) => {
    setSectionId(id);
    // Move focus to the new section's heading for keyboard and screen-reader users.
    requestAnimationFrame(() => mainRef.current?.querySelector<HTMLElement>('h2')?.focus());
  }, []);

  const section = sections.find((s) => s.id === sectionId) ?? sections[0];
  const title = ROLE_TITLES[content.role];

  return (
    <div className="shell">
      <header className="shell-header">
        <div>
          <h1 className="shell-title">{title}</h1>
          {content.displayName && <p className="shell-subtitle">{content.displayName}</p>}
        </div>
        <div className="shell-actions">
          {content.role === 'partner' && <PauseControl />}
          <button
            type="button"
            onClick={onQuickHide}
            title={`Lock everything and show a neutral screen (${prefs.quickHideShortcut})`}
          >
            Quick hide
          </button>
          <button type="button" className="primary" onClick={onLock} title="Save and lock (Ctrl+L)">
            Lock
          </button>
        </div>
      </header>
      <div className="shell-body">
        <nav className="shell-nav" aria-label="Sections">
          <ol>
            {sections.map((s) => {
              const started = s.isStarted?.(content) ?? false;
              return (
                <li key={s.id}>
                  <button
                    type="button"
                    className={s.id === section?.id ? 'nav-item current' : 'nav-item'}
                    aria-current={s.id === section?.id ? 'page' : undefined}
                    onClick={() => goTo(s.id)}
                  >
                    <span className={started ? 'progress-dot started' : 'progress-dot'} aria-hidden="true" />
                    <span>{s.title}</span>
                    {started && <span className="visually-hidden"> (started)</span>}
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <main className="shell-main" ref={mainRef} tabIndex={-1}>
          {banner && (
            <div className="notice" role="status">
              <p>{banner}</p>
              <button type="button" onClick={() => setBanner(undefined)}>
                Dismiss
              </button>
            </div>
          )}
          <UndoProvider key={section?.id}>{section?.render({ content, update, goTo })}</UndoProvider>
        </main>
      </div>
      <SaveStatusLine status={status} onRetry={() => void retry()} />
    </div>
  );
}

function SaveStatusLine({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  let text: string;
  switch (status.state) {
    case 'saved':
      text = `Saved${status.at ? ` · ${new Date(status.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : ''}`;
      break;
    case 'pending':
      text = 'Changes not saved yet…';
      break;
    case 'saving':
      text = 'Saving…';
      break;
    case 'error':
      text = status.message;
      break;
  }
  return (
    <footer className={status.state === 'error' ? 'status-line error' : 'status-line'}>
      <span role="status" aria-live="polite" data-testid="save-status" data-state={status.state}>
        {text}
      </span>
      {status.state === 'error' && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
      <span className="status-lock-note">Encrypted on this computer</span>
    </footer>
  );
}

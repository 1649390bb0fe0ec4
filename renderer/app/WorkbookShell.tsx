import { produce } from 'immer';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Workbook } from '../../shared/workbook/schema';
import type { CrisisCountryId } from '../../shared/guidance/crisisResources';
import { nightContacts } from '../../shared/workbook/safety';
import { PauseControl } from '../features/pause/PauseControl';
import { CrisisCountryProvider } from '../features/safety/crisisCountry';
import { HeavyLink } from '../features/safety/HeavyLink';
import { flushPendingEditorChanges } from '../editor/pendingChanges';
import { openingSection, sectionsFor } from '../features/sections';
import type { Update } from '../features/types';
import { SAVE_STATUS_TEXTS, savedMessage, SEARCH_TEXTS, SHELL_TEXTS } from '../../shared/guidance/everydayTexts';
import { formatRecent } from '../../shared/dates';
import type { SearchMatch } from '../../shared/workbook/search';
import { UndoProvider } from '../ui/UndoRemoval';
import { WorkbookActionsContext } from '../ui/workbookActions';
import { usePreferences } from './preferences';
import { ROLE_TITLES } from './roleTitles';
import { useAutosave, useSaveStatus, type SaveStatusStore } from './useAutosave';
import { clearSearchHighlight, revealMatch } from './searchReveal';
import { WorkbookSearch } from './WorkbookSearch';
import { matchesShortcut, SEARCH_SHORTCUT } from '../shortcuts';
import { focusAfterPaint } from '../ui/focus';

/**
 * Before an unlocked (or new) workbook is shown: load the code of the section it opens at, so
 * that the first frame of the workbook shows that section, not an empty pane.
 */
export function prepareWorkbook(content: Workbook): Promise<void> {
  return openingSection(content)?.preload?.() ?? Promise.resolve();
}

interface Props {
  initialContent: Workbook;
  notice?: string | undefined;
  registerFlush: (flush: (() => Promise<boolean>) | null) => void;
  onLock: () => void;
  onQuickHide: () => void;
  /** The workbook was deleted from this computer (This workbook). */
  onDeleted: () => void;
}

/** An unlocked workbook: navigation, the current section, autosave and the save status line. */
export function WorkbookShell({ initialContent, notice, registerFlush, onLock, onQuickHide, onDeleted }: Props) {
  const { prefs, setPrefs } = usePreferences();
  const [content, setContent] = useState<Workbook>(initialContent);
  const { status, flush, retry } = useAutosave(initialContent.role, content, initialContent.savedAt);
  const sections = useMemo(() => sectionsFor(initialContent), [initialContent]);
  // Reopen where the person left off (the id is kept inside the encrypted workbook).
  const [sectionId, setSectionId] = useState(() => openingSection(initialContent, sections)?.id ?? '');
  const [banner, setBanner] = useState(notice);
  const mainRef = useRef<HTMLElement>(null);

  // Editors serialize after a pause; on lock/quit (and before sharing) they push what was typed first.
  const flushAll = useCallback(() => {
    flushPendingEditorChanges();
    return flush();
  }, [flush]);
  useEffect(() => {
    registerFlush(flushAll);
    return () => registerFlush(null);
  }, [flushAll, registerFlush]);

  const update: Update<Workbook> = useCallback((recipe) => {
    setContent((current) => produce(current, recipe));
  }, []);

  const focusContent = useCallback(() => {
    focusAfterPaint(() => mainRef.current?.querySelector<HTMLElement>('h2') ?? mainRef.current);
  }, []);

  /**
   * A section's code loads when it is first opened: the current section stays until the new
   * one is ready (usually a few milliseconds), so nothing flashes. Only the latest choice counts.
   */
  const latestChoice = useRef(0);
  const whenReady = useCallback(
    (id: string, open: () => void) => {
      const choice = ++latestChoice.current;
      const preload = sections.find((s) => s.id === id)?.preload;
      if (!preload) return open();
      void preload()
        .catch(() => undefined) // still switch: the screen then retries its code under Suspense
        .then(() => {
          if (choice === latestChoice.current) open();
        });
    },
    [sections],
  );

  const goTo = useCallback(
    (id: string) =>
      whenReady(id, () => {
        setSectionId(id);
        setContent((current) => (current.lastSectionId === id ? current : { ...current, lastSectionId: id }));
        // Move focus to the new section's heading for keyboard and screen-reader users.
        focusContent();
      }),
    [focusContent, whenReady],
  );

  // Search (Ctrl+F) shows in place of the section list; the query is never kept anywhere.
  const [searchOpen, setSearchOpen] = useState(false);
  const [searchFocus, setSearchFocus] = useState(0);
  const [jump, setJump] = useState<{ match: SearchMatch; n: number } | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, SEARCH_SHORTCUT)) return;
      event.preventDefault();
      setSearchOpen(true);
      setSearchFocus((n) => n + 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const closeSearch = useCallback(() => {
    setSearchOpen(false);
    clearSearchHighlight();
    focusAfterPaint(() => document.querySelector<HTMLElement>('.shell-nav .nav-item.current'));
  }, []);
  const onJump = useCallback(
    (match: SearchMatch) =>
      whenReady(match.sectionId, () => {
        setSectionId(match.sectionId);
        setContent((current) =>
          current.lastSectionId === match.sectionId ? current : { ...current, lastSectionId: match.sectionId },
        );
        setJump((previous) => ({ match, n: (previous?.n ?? 0) + 1 }));
      }),
    [whenReady],
  );
  useEffect(() => {
    if (!jump) return;
    // After the section has rendered: show the match, or the section's heading if it is not on screen.
    const frame = requestAnimationFrame(() => {
      const main = mainRef.current;
      if (main && !revealMatch(main, jump.match)) main.querySelector<HTMLElement>('h2')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [jump]);
  useEffect(() => clearSearchHighlight, []);

  // Just unlocked: focus goes to the content, not the body (the skip link is first in the tab order).
  useEffect(() => focusContent(), [focusContent]);

  const section = sections.find((s) => s.id === sectionId) ?? sections[0];
  const title = ROLE_TITLES[content.role];
  const chosenCountry = prefs.crisisCountry;
  const crisisCountry = useMemo(
    () => ({
      chosen: chosenCountry,
      choose: (id: CrisisCountryId) => void setPrefs({ crisisCountry: id }),
      role: content.role,
    }),
    [chosenCountry, setPrefs, content.role],
  );
  const night = useMemo(() => nightContacts(content), [content]);
  const workbookActions = useMemo(() => ({ deleted: onDeleted }), [onDeleted]);

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#workbook-content"
        onClick={(e) => {
          e.preventDefault();
          focusContent();
        }}
      >
        {SHELL_TEXTS.skipToContent}
      </a>
      <header className="shell-header">
        <div>
          <h1 className="shell-title">{title}</h1>
          {content.displayName && <p className="shell-subtitle">{content.displayName}</p>}
        </div>
        <div className="shell-actions">
          <button
            type="button"
            aria-pressed={searchOpen}
            onClick={() => (searchOpen ? closeSearch() : (setSearchOpen(true), setSearchFocus((n) => n + 1)))}
            title={SEARCH_TEXTS.openTitle}
          >
            {SEARCH_TEXTS.open}
          </button>
          <PauseControl />
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
        {searchOpen && <WorkbookSearch content={content} onJump={onJump} onClose={closeSearch} focusRequest={searchFocus} />}
        <nav className="shell-nav" aria-label="Sections" hidden={searchOpen}>
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
        <main className="shell-main" id="workbook-content" ref={mainRef} tabIndex={-1}>
          {banner && (
            <div className="notice" role="status">
              <p>{banner}</p>
              <button type="button" onClick={() => setBanner(undefined)}>
                Dismiss
              </button>
            </div>
          )}
          <CrisisCountryProvider value={crisisCountry}>
            <WorkbookActionsContext.Provider value={workbookActions}>
              <UndoProvider key={section?.id}>
                {/* Only if a section's code is not there yet (see whenReady): an empty pane, no spinner. */}
                <Suspense fallback={<div className="section-pending" aria-busy="true" />}>
                  {section?.render({ content, update, goTo, flush: flushAll })}
                </Suspense>
              </UndoProvider>
            </WorkbookActionsContext.Provider>
          </CrisisCountryProvider>
        </main>
      </div>
      <SaveStatusLine
        store={status}
        onRetry={() => void retry()}
        heavyLink={
          <CrisisCountryProvider value={crisisCountry}>
            <HeavyLink nightContacts={night} />
          </CrisisCountryProvider>
        }
      />
    </div>
  );
}

function SaveStatusLine({ store, onRetry, heavyLink }: { store: SaveStatusStore; onRetry: () => void; heavyLink: ReactNode }) {
  // Only this line re-renders when the status changes, not the section being written in.
  const status = useSaveStatus(store);
  let text: string;
  switch (status.state) {
    case 'saved':
      text = savedMessage(status.at ? formatRecent(status.at) : '');
      break;
    case 'pending':
      text = SAVE_STATUS_TEXTS.pending;
      break;
    case 'saving':
      text = SAVE_STATUS_TEXTS.saving;
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
          {SAVE_STATUS_TEXTS.tryAgain}
        </button>
      )}
      {heavyLink}
      <span className="status-lock-note">{SAVE_STATUS_TEXTS.encrypted}</span>
    </footer>
  );
}

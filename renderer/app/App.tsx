import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { CLIPBOARD_CLEARED_AT_LOCK, LOCKED_AFTER_PROBLEM } from '../../shared/guidance/lockTexts';
import { DELETE_WORKBOOK_TEXTS } from '../../shared/guidance/everydayTexts';
import type { LockKind } from '../../shared/ipc/lock';
import type { WorkbookSummary } from '../../shared/ipc/contract';
import type { Role, Workbook } from '../../shared/workbook/schema';
import { call, onAppEvent } from '../bridge';
import { createCopiedTextRecorder } from './clipboardCare';
import { HiddenScreen } from './HiddenScreen';
import { IncomingFileHost, onOpenWorkbookRequest, setIncomingFileSuppressed } from './IncomingFileDialog';
import { UnsavedLockDialog } from './UnsavedLockDialog';
import { HomeScreen } from './HomeScreen';
import { PreferencesProvider, usePreferences } from './preferences';
import { LOCK_SHORTCUT, matchesShortcut } from '../shortcuts';
import { lazyComponent, preloadWhenIdle } from '../lazyComponent';
import { useIdleTimer } from './useIdleTimer';
import { forgetAfterLock } from './memoryHygiene';
import { createLockFlow, lockNote, questionCoversWorkbook, screenAfterLock, type RendererLockKind } from './lockFlow';
import { LockLayer, lockLayer } from './QuickHideCover';

// Only the home screen is in the first script. Every other screen loads when first needed, so
// the home screen comes up fast: the small ones (unlock, create, settings, help) as soon as the
// home screen is up and the browser is idle, the workbook screens (with the editor) as soon as
// a workbook is being opened or created, the export screens when opened (scripts/bench/startup.ts,
// renderer/entryChunk.test.ts).
const { Component: UnlockScreen, preload: loadUnlock } = lazyComponent(() =>
  import('./UnlockScreen').then((m) => m.UnlockScreen),
);
const { Component: CreateScreen, preload: loadCreate } = lazyComponent(() =>
  import('./CreateScreen').then((m) => m.CreateScreen),
);
const { Component: RecoveryKeyScreen, preload: loadRecoveryKey } = lazyComponent(() =>
  import('./CreateScreen').then((m) => m.RecoveryKeyScreen),
);
const { Component: SettingsScreen, preload: loadSettings } = lazyComponent(() =>
  import('./SettingsScreen').then((m) => m.SettingsScreen),
);
const { Component: HelpScreen, preload: loadHelp } = lazyComponent(() => import('./HelpScreen').then((m) => m.HelpScreen));
const { Component: HelpDialog, preload: loadHelpDialog } = lazyComponent(() => import('./HelpScreen').then((m) => m.HelpDialog));
const { Component: AboutScreen } = lazyComponent(() => import('./AboutScreen').then((m) => m.AboutScreen));
const loadShellModule = () => import('./WorkbookShell');
const { Component: WorkbookShell, preload: loadShell } = lazyComponent(() => loadShellModule().then((m) => m.WorkbookShell));
const { Component: TherapistScreen } = lazyComponent(() =>
  import('../features/export/TherapistScreen').then((m) => m.TherapistScreen),
);

export type Screen =
  | { name: 'home'; message?: string }
  | { name: 'create'; role: Role }
  | { name: 'recoveryKey'; recoveryKey: string; content: Workbook }
  | { name: 'unlock'; role: Role }
  | { name: 'workbook'; content: Workbook; notice?: string | undefined }
  | { name: 'hidden'; messageForLater?: string }
  | { name: 'settings' }
  | { name: 'help' }
  | { name: 'about' }
  | { name: 'therapist' };

/** Asked once per start: after a failure the main process reloads the window and has a note for it. */
let startupNotice: ReturnType<typeof call<'lock:notice'>> | null = null;

export function App() {
  return (
    <PreferencesProvider>
      <AppScreens />
    </PreferencesProvider>
  );
}

function AppScreens() {
  const { prefs } = usePreferences();
  const [screen, setScreen] = useState<Screen>({ name: 'home' });
  const [workbooks, setWorkbooks] = useState<WorkbookSummary[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const flushRef = useRef<(() => Promise<boolean>) | null>(null);
  /** How many locks have completed: a workbook whose screens were still loading is not shown after one. */
  const locks = useRef(0);
  /** A lock found unsaved changes and kept the workbook open: which lock it was. */
  const [unsavedOnLock, setUnsavedOnLock] = useState<LockKind | null>(null);
  /** Every screen sits in here; the lock layer makes it inert while covered or saving for a lock. */
  const appBody = useRef<HTMLDivElement>(null);
  const registerFlush = useCallback((flush: (() => Promise<boolean>) | null) => {
    flushRef.current = flush;
  }, []);
  // Help shown over an open workbook (F1 or the Help menu), without closing it.
  const [helpOverWorkbook, setHelpOverWorkbook] = useState(false);

  // Clipboard care: remember hashes of text copied from an open workbook; on lock, clear the
  // clipboard if it still holds one of them (and the preference allows it).
  const copied = useRef(createCopiedTextRecorder());
  const clearClipboardRef = useRef(prefs.clearClipboardOnLock);
  clearClipboardRef.current = prefs.clearClipboardOnLock;
  const clearCopiedText = useCallback(async (): Promise<string | undefined> => {
    const hashes = await copied.current.take();
    if (!clearClipboardRef.current || hashes.length === 0) return undefined;
    const result = await call('clipboard:clearIfFromWorkbook', { hashes });
    return result.ok && result.value.cleared ? CLIPBOARD_CLEARED_AT_LOCK : undefined;
  }, []);

  const refresh = useCallback(async () => {
    const result = await call('workbooks:list');
    if (result.ok) {
      setWorkbooks(result.value);
      setListError(null);
    } else setListError(result.error.message);
  }, []);

  useEffect(() => {
    if (screen.name === 'home') void refresh();
  }, [screen, refresh]);

  /**
   * Locking goes through the lock coordinator in the main process (see lockFlow.ts): it asks
   * for a save, waits for the answer, locks, then tells us. Quick hide covers the screen first.
   */
  const lockFlow = useMemo(
    () =>
      createLockFlow({
        flush: () => (flushRef.current ? flushRef.current() : Promise.resolve(true)),
        answer: (id, saved) => call('lock:flushed', { id, saved }),
        request: async (kind, force) => (await call('lock:request', { kind, force })).ok,
        cover: () =>
          // Painted before anything else happens; dialogs over the workbook go with it.
          flushSync(() => {
            lockLayer.set({ covered: true });
            setUnsavedOnLock(null);
            setHelpOverWorkbook(false);
          }),
        afterPaint: () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
        setBusy: (busy) => lockLayer.set({ busy }),
        locked: async (detail) => {
          locks.current += 1;
          flushRef.current = null;
          setUnsavedOnLock(null);
          setHelpOverWorkbook(false);
          const note = lockNote(detail, await clearCopiedText());
          // The home screen then shows every workbook as locked from its first frame.
          if (screenAfterLock(detail.kind) === 'home') await refresh();
          // The next screen is in place before the cover goes: the workbook never shows in between.
          flushSync(() => {
            if (screenAfterLock(detail.kind) === 'hidden') {
              setScreen(note ? { name: 'hidden', messageForLater: note } : { name: 'hidden' });
            } else {
              setScreen(note ? { name: 'home', message: note } : { name: 'home' });
            }
          });
          lockLayer.set({ covered: false });
          forgetAfterLock();
        },
        keptOpen: (kind) => {
          lockLayer.set({ covered: false });
          setUnsavedOnLock(kind);
        },
        lockWithoutCoordinator: () => call('workbook:lockAll'),
      }),
    [clearCopiedText, refresh],
  );
  const requestLock = useCallback(
    (kind: RendererLockKind, options: { force?: boolean } = {}) => void lockFlow.request(kind, options),
    [lockFlow],
  );
  /** The Lock button and Ctrl+L: if the save does not succeed, the workbook stays open and asks. */
  const lockAsking = useCallback(() => requestLock('lock'), [requestLock]);
  const quickHide = useCallback(() => requestLock('quick-hide'), [requestLock]);
  /** This workbook was deleted: nothing is left to save; the home screen offers Create again. */
  const workbookDeleted = useCallback(() => {
    flushRef.current = null;
    void (async () => {
      await clearCopiedText();
      await refresh();
      setScreen({ name: 'home', message: DELETE_WORKBOOK_TEXTS.deleted });
      forgetAfterLock();
    })();
  }, [clearCopiedText, refresh]);

  // After a failure the main process locked everything and loaded this window again: say so.
  useEffect(() => {
    startupNotice ??= call('lock:notice');
    void startupNotice.then((result) => {
      if (result.ok && result.value.notice === 'failure') setScreen({ name: 'home', message: LOCKED_AFTER_PROBLEM });
    });
  }, []);

  // The recovery key screen too: a copied key is cleared from the clipboard when the workbook locks.
  const watchCopies = screen.name === 'workbook' || screen.name === 'recoveryKey';
  useEffect(() => {
    if (!watchCopies) return;
    return copied.current.watch(document);
  }, [watchCopies]);

  const unlocked = screen.name === 'workbook' || screen.name === 'recoveryKey' || screen.name === 'therapist';
  useIdleTimer(unlocked, prefs.autoLockMinutes, () => requestLock('idle'));

  const openHelp = useCallback(() => {
    if (unlocked) setHelpOverWorkbook(true);
    else setScreen((current) => (current.name === 'hidden' ? current : { name: 'help' }));
  }, [unlocked]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (matchesShortcut(event, prefs.quickHideShortcut)) {
        event.preventDefault();
        quickHide();
      } else if (matchesShortcut(event, LOCK_SHORTCUT) && unlocked) {
        event.preventDefault();
        lockAsking();
      } else if (event.key === 'F1' && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        openHelp();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [quickHide, lockAsking, prefs.quickHideShortcut, unlocked, openHelp]);

  useEffect(
    () =>
      onAppEvent((event, detail) => {
        if (event === 'flush-request' || event === 'locked' || event === 'lock-kept-open') void lockFlow.onEvent(event, detail);
        else if (event === 'open-settings' && !unlocked) setScreen({ name: 'settings' });
        else if (event === 'open-help') openHelp();
        else if (event === 'open-about' && !unlocked) setScreen({ name: 'about' });
      }),
    [lockFlow, unlocked, openHelp],
  );

  // A workbook file opened from outside: it waits while the plain screen or the cover shows; when
  // its role should open, an open workbook is locked first (the usual lock, saving first).
  useEffect(() => {
    const follow = () => setIncomingFileSuppressed(screen.name === 'hidden' || lockLayer.get().covered);
    follow();
    return lockLayer.subscribe(follow);
  }, [screen.name]);
  const roleToOpen = useRef<Role | null>(null);
  useEffect(
    () =>
      onOpenWorkbookRequest((role) => {
        if (screen.name === 'workbook' && screen.content.role === role) return;
        if (!unlocked) return setScreen({ name: 'unlock', role });
        roleToOpen.current = role;
        lockAsking();
      }),
    [screen, unlocked, lockAsking],
  );
  useEffect(() => {
    if (unsavedOnLock) roleToOpen.current = null;
    if (screen.name !== 'home' || !roleToOpen.current) return;
    const role = roleToOpen.current;
    roleToOpen.current = null;
    setScreen({ name: 'unlock', role });
  }, [screen.name, unsavedOnLock]);

  // The screens one click away from the home screen, once it is up (not before: they would
  // compete with it while the list of workbooks is on its way).
  const homeShown = screen.name === 'home' && workbooks !== null;
  useEffect(() => {
    if (homeShown) return preloadWhenIdle(loadUnlock, loadCreate, loadRecoveryKey, loadSettings, loadHelp, loadHelpDialog);
  }, [homeShown]);

  /**
   * Show an unlocked (or new) workbook once the code of its screens is there, so its first frame
   * is the section it opens at. If a lock came in meanwhile, it is not shown at all.
   */
  const openWorkbook = useCallback((content: Workbook, notice?: string) => {
    const locksBefore = locks.current;
    void loadShellModule()
      .then((shell) => Promise.all([loadShell(), shell.prepareWorkbook(content)]))
      .catch(() => undefined) // still open: the screens then retry their code under Suspense
      .then(() => {
        if (locks.current !== locksBefore) return;
        setScreen((current) =>
          current.name === 'unlock' || current.name === 'recoveryKey' ? { name: 'workbook', content, notice } : current,
        );
      });
  }, []);

  // Start loading the workbook screens while the passphrase is typed and checked.
  useEffect(() => {
    if (screen.name === 'unlock' || screen.name === 'create') loadShell().catch(() => undefined);
  }, [screen.name]);

  return (
    <>
      <div className="app-body" ref={appBody}>
        {/* A screen whose code is still on its way shows nothing for that moment: no spinner. */}
        <Suspense fallback={null}>{renderScreen()}</Suspense>
        <IncomingFileHost />
      </div>
      <LockLayer appBody={appBody} />
    </>
  );

  function renderScreen() {
    switch (screen.name) {
      case 'home':
        return (
          <>
            {screen.message && (
              <p className="toast" role="status">
                {screen.message}
              </p>
            )}
            <HomeScreen
              workbooks={workbooks}
              error={listError}
              onCreate={(role) => setScreen({ name: 'create', role })}
              onUnlock={(role) => setScreen({ name: 'unlock', role })}
              onSettings={() => setScreen({ name: 'settings' })}
              onHelp={() => setScreen({ name: 'help' })}
              onAbout={() => setScreen({ name: 'about' })}
              onTherapist={() => setScreen({ name: 'therapist' })}
            />
          </>
        );
      case 'create':
        return (
          <CreateScreen
            role={screen.role}
            onCancel={() => setScreen({ name: 'home' })}
            onCreated={(recoveryKey, content) => setScreen({ name: 'recoveryKey', recoveryKey, content })}
          />
        );
      case 'recoveryKey':
        return <RecoveryKeyScreen recoveryKey={screen.recoveryKey} onDone={() => openWorkbook(screen.content)} />;
      case 'unlock':
        return <UnlockScreen role={screen.role} onCancel={() => setScreen({ name: 'home' })} onUnlocked={openWorkbook} />;
      case 'workbook':
        return (
          <>
            {unsavedOnLock && (
              <UnsavedLockDialog
                coversWorkbook={questionCoversWorkbook(unsavedOnLock)}
                onTryAgain={lockAsking}
                onLockAnyway={() => requestLock('lock', { force: true })}
                onKeepOpen={() => setUnsavedOnLock(null)}
                onQuickHide={quickHide}
              />
            )}
            <Suspense fallback={null}>
              <WorkbookShell
                key={screen.content.role}
                initialContent={screen.content}
                notice={screen.notice}
                registerFlush={registerFlush}
                onLock={lockAsking}
                onQuickHide={quickHide}
                onDeleted={workbookDeleted}
              />
            </Suspense>
            {helpOverWorkbook && (
              <Suspense fallback={null}>
                <HelpDialog onClose={() => setHelpOverWorkbook(false)} />
              </Suspense>
            )}
          </>
        );
      case 'hidden':
        return (
          <HiddenScreen
            onReturn={() => {
              // The window title may name the app again.
              void call('lock:unhide');
              setScreen(screen.messageForLater ? { name: 'home', message: screen.messageForLater } : { name: 'home' });
            }}
          />
        );
      case 'settings':
        return <SettingsScreen onBack={() => setScreen({ name: 'home' })} />;
      case 'help':
        return <HelpScreen onBack={() => setScreen({ name: 'home' })} />;
      case 'about':
        return <AboutScreen onBack={() => setScreen({ name: 'home' })} />;
      case 'therapist':
        return (
          <Suspense fallback={null}>
            <TherapistScreen onDone={() => setScreen({ name: 'home' })} />
          </Suspense>
        );
    }
  }
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookSummary } from '../../shared/ipc/contract';
import type { Role, Workbook } from '../../shared/workbook/schema';
import { call, onAppEvent } from '../bridge';
import { AboutScreen } from './AboutScreen';
import { createCopiedTextRecorder } from './clipboardCare';
import { CreateScreen, RecoveryKeyScreen } from './CreateScreen';
import { HelpDialog, HelpScreen } from './HelpScreen';
import { HiddenScreen } from './HiddenScreen';
import { UnsavedLockDialog } from './UnsavedLockDialog';
import { HomeScreen } from './HomeScreen';
import { PreferencesProvider, usePreferences } from './preferences';
import { SettingsScreen } from './SettingsScreen';
import { LOCK_SHORTCUT, matchesShortcut } from './shortcuts';
import { UnlockScreen } from './UnlockScreen';
import { useIdleTimer } from './useIdleTimer';
import { ExportWizard } from '../features/export/ExportWizard';
import { WorkbookShell } from './WorkbookShell';
import { forgetAfterLock } from './memoryHygiene';

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
  | { name: 'export' };

const LOCKED_WHEN_QUIET =
  'Your workbook was locked after a quiet while, to keep it private. Everything you wrote is saved, and it will open again whenever you are ready.';
const UNSAVED_AT_LOCK =
  'Your workbook is locked. The most recent changes could not be saved; everything up to the last save is kept.';

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
  const [unsavedOnLock, setUnsavedOnLock] = useState(false);
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
    return result.ok && result.value.cleared
      ? 'The text you copied from your workbook was cleared from the clipboard.'
      : undefined;
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
   * Lock: save what is pending, drop the decrypted content from React (the shell unmounts)
   * and from the main process. Quick hide switches screens first so nothing stays visible;
   * anything worth saying waits until the person leaves the plain screen.
   */
  const lock = useCallback(
    async (then: 'home' | 'hidden', { message, askIfUnsaved = false }: { message?: string; askIfUnsaved?: boolean } = {}) => {
      const flush = flushRef.current;
      if (then === 'hidden') setScreen({ name: 'hidden' });
      const saved = flush ? await flush().catch(() => false) : true;
      // A manual lock never silently drops unsaved typing: ask first. Idle, system and quick-hide
      // locks must lock regardless, and say so.
      if (!saved && askIfUnsaved) {
        setUnsavedOnLock(true);
        return;
      }
      setUnsavedOnLock(false);
      setHelpOverWorkbook(false);
      await call('workbook:lockAll');
      flushRef.current = null;
      const clipboardNote = await clearCopiedText();
      const lockNote = saved ? message : UNSAVED_AT_LOCK;
      const note = [lockNote, clipboardNote].filter(Boolean).join(' ') || undefined;
      if (then === 'hidden') setScreen(note ? { name: 'hidden', messageForLater: note } : { name: 'hidden' });
      else setScreen(note ? { name: 'home', message: note } : { name: 'home' });
      forgetAfterLock();
    },
    [clearCopiedText],
  );
  /** The Lock button and Ctrl+L: ask before dropping unsaved changes. */
  const lockAsking = useCallback(() => void lock('home', { askIfUnsaved: true }), [lock]);
  const quickHide = useCallback(() => void lock('hidden'), [lock]);

  useEffect(() => {
    if (screen.name !== 'workbook') return;
    return copied.current.watch(document);
  }, [screen.name]);

  const unlocked = screen.name === 'workbook' || screen.name === 'recoveryKey' || screen.name === 'export';
  useIdleTimer(unlocked, prefs.autoLockMinutes, () => void lock('home', { message: LOCKED_WHEN_QUIET }));

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
      onAppEvent((event) => {
        if (event === 'lock-all' || event === 'flush-before-quit') void lock('home');
        else if (event === 'quick-hide') quickHide();
        else if (event === 'open-settings' && !unlocked) setScreen({ name: 'settings' });
        else if (event === 'open-help') openHelp();
        else if (event === 'open-about' && !unlocked) setScreen({ name: 'about' });
      }),
    [lock, quickHide, unlocked, openHelp],
  );

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
            onExport={() => setScreen({ name: 'export' })}
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
      return (
        <RecoveryKeyScreen
          recoveryKey={screen.recoveryKey}
          onDone={() => setScreen({ name: 'workbook', content: screen.content })}
        />
      );
    case 'unlock':
      return (
        <UnlockScreen
          role={screen.role}
          onCancel={() => setScreen({ name: 'home' })}
          onUnlocked={(content, notice) => setScreen({ name: 'workbook', content, notice })}
        />
      );
    case 'workbook':
      return (
        <>
          {unsavedOnLock && (
            <UnsavedLockDialog
              onTryAgain={lockAsking}
              onLockAnyway={() => void lock('home')}
              onKeepOpen={() => setUnsavedOnLock(false)}
              onQuickHide={quickHide}
            />
          )}
          <WorkbookShell
            key={screen.content.role}
            initialContent={screen.content}
            notice={screen.notice}
            registerFlush={registerFlush}
            onLock={lockAsking}
            onQuickHide={quickHide}
          />
          {helpOverWorkbook && <HelpDialog onClose={() => setHelpOverWorkbook(false)} />}
        </>
      );
    case 'hidden':
      return (
        <HiddenScreen
          onReturn={() =>
            setScreen(screen.messageForLater ? { name: 'home', message: screen.messageForLater } : { name: 'home' })
          }
        />
      );
    case 'settings':
      return <SettingsScreen onBack={() => setScreen({ name: 'home' })} />;
    case 'help':
      return <HelpScreen onBack={() => setScreen({ name: 'home' })} />;
    case 'about':
      return <AboutScreen onBack={() => setScreen({ name: 'home' })} />;
    case 'export':
      return <ExportWizard onDone={() => setScreen({ name: 'home' })} />;
  }
}

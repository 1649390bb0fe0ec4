import { useEffect, useId, useRef, useState } from 'react';
import { PRIVACY_LIMITS } from '../../shared/guidance/crisisResources';
import { DISCREET_TEXTS } from '../../shared/guidance/desktopTexts';
import { catalogSections, type CatalogSection } from '../../shared/sections';
import { usePreferences } from './preferences';
import { LOCK_SHORTCUT, PAUSE_SHORTCUT } from '../shortcuts';
import { ModalDialog } from '../ui/ModalDialog';
import { BackButton } from './BackButton';

interface Shortcut {
  keys: string;
  action: string;
}

/** The keyboard shortcut sheet. Quick hide follows the preference. */
export function shortcutSheet(quickHide: string): readonly { group: string; items: readonly Shortcut[] }[] {
  return [
    {
      group: 'Privacy',
      items: [
        { keys: LOCK_SHORTCUT, action: 'Save and lock the open workbook' },
        { keys: quickHide, action: 'Quick hide: lock everything and show a plain screen' },
        { keys: PAUSE_SHORTCUT, action: 'Take a pause: breathing and grounding (in either workbook)' },
      ],
    },
    {
      group: 'Getting around',
      items: [
        { keys: 'Tab / Shift+Tab', action: 'Move to the next or previous control' },
        { keys: 'Enter or Space', action: 'Press the focused button' },
        { keys: 'F1', action: 'Open this help' },
        { keys: 'Ctrl+,', action: 'Open settings (from the menu, while no workbook is open)' },
      ],
    },
    {
      group: 'Writing',
      items: [
        { keys: 'Ctrl+Z', action: 'Undo' },
        { keys: 'Ctrl+Shift+Z or Ctrl+Y', action: 'Redo' },
        { keys: 'Ctrl+X / Ctrl+C / Ctrl+V', action: 'Cut, copy and paste' },
        { keys: 'Ctrl+B / Ctrl+I / Ctrl+U', action: 'Bold, italic, underline (in the letter editor)' },
        { keys: 'Ctrl+Shift+8 / Ctrl+Shift+7', action: 'Bulleted or numbered list (in the letter editor)' },
      ],
    },
    {
      group: 'View',
      items: [
        { keys: 'Ctrl+= / Ctrl+-', action: 'Make everything larger or smaller' },
        { keys: 'Ctrl+0', action: 'Back to the normal size' },
        { keys: 'F11', action: 'Full screen (on a Mac: Ctrl+Cmd+F)' },
      ],
    },
  ];
}

interface Props {
  onBack: () => void;
  /** When shown over an open workbook, the back button says so. */
  backLabel?: string;
  /** Inside a dialog: no second `main` landmark. */
  embedded?: boolean;
}

/** Help over an open workbook: a modal dialog, so the workbook stays open behind it. Escape closes it. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog className="help-dialog" labelledBy="help-title" onClose={onClose}>
      <HelpScreen onBack={onClose} backLabel="Back to my workbook" embedded />
    </ModalDialog>
  );
}

/**
 * Short help for each section of both workbooks, and the keyboard shortcut sheet. In discreet
 * mode the sections' help (which says what the workbooks are for) waits behind one more click.
 */
export function HelpScreen({ onBack, backLabel = 'Back', embedded = false }: Props) {
  const Root = embedded ? 'div' : 'main';
  const { prefs } = usePreferences();
  const [sectionsShown, setSectionsShown] = useState(false);
  const sectionHelp = !prefs.discreetMode || sectionsShown;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const shortcutsId = useId();
  const disclosingId = useId();
  const partnerId = useId();
  const jump = (id: string) => {
    const target = document.getElementById(id);
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  };

  return (
    <Root className="narrow help" aria-labelledby={embedded ? undefined : 'help-title'}>
      <h1 id="help-title" ref={headingRef} tabIndex={-1}>
        Help
      </h1>
      <p className="lead">
        Each workbook opens only with its own passphrase. Everything you write is encrypted on this computer and saved as you go.
        Take the sections in any order, and stop whenever you need to.
      </p>
      <nav aria-label="On this page" className="help-contents">
        <button type="button" className="link" onClick={() => jump(shortcutsId)}>
          Keyboard shortcuts
        </button>
        {sectionHelp && (
          <>
            <button type="button" className="link" onClick={() => jump(disclosingId)}>
              {prefs.discreetMode ? DISCREET_TEXTS.workbookNames.disclosing : 'Disclosure workbook'}
            </button>
            <button type="button" className="link" onClick={() => jump(partnerId)}>
              {prefs.discreetMode ? DISCREET_TEXTS.workbookNames.partner : "Partner's workbook"}
            </button>
          </>
        )}
      </nav>

      <section className="card" aria-labelledby={shortcutsId}>
        <h2 id={shortcutsId} tabIndex={-1}>
          Keyboard shortcuts
        </h2>
        <p className="hint">On a Mac, use Cmd where this says Ctrl.</p>
        {shortcutSheet(prefs.quickHideShortcut).map((group) => (
          <table key={group.group} className="shortcut-table">
            <caption>{group.group}</caption>
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">What it does</th>
              </tr>
            </thead>
            <tbody>
              {group.items.map((item) => (
                <tr key={item.keys}>
                  <td>
                    <kbd>{item.keys}</kbd>
                  </td>
                  <td>{item.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>

      {sectionHelp ? (
        <>
          <WorkbookHelp
            id={disclosingId}
            title={prefs.discreetMode ? DISCREET_TEXTS.workbookNames.disclosing : 'Disclosure workbook'}
            sections={catalogSections('disclosing')}
          />
          <WorkbookHelp
            id={partnerId}
            title={prefs.discreetMode ? DISCREET_TEXTS.workbookNames.partner : "Partner's workbook"}
            sections={catalogSections('partner')}
          />
        </>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setSectionsShown(true)}>
            {DISCREET_TEXTS.showSectionHelp}
          </button>
        </div>
      )}

      <section className="card" aria-labelledby="help-privacy">
        <h2 id="help-privacy">Privacy and safety</h2>
        <ul>
          <li>Lock when you step away. The app also locks by itself after {prefs.autoLockMinutes} quiet minutes.</li>
          <li>Quick hide ({prefs.quickHideShortcut}) locks everything at once and shows a plain screen.</li>
          <li>If you forget your passphrase, the recovery key you saved when you created the workbook opens it.</li>
          <li>Nothing leaves this computer unless you export it yourself.</li>
        </ul>
        {PRIVACY_LIMITS.map((p) => (
          <p key={p} className="privacy-limits">
            {p}
          </p>
        ))}
      </section>

      <BackButton label={backLabel} onBack={onBack} />
    </Root>
  );
}

function WorkbookHelp({ id, title, sections }: { id: string; title: string; sections: readonly CatalogSection[] }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      {sections.map((section) => (
        <details key={section.id} className="help-section">
          <summary>
            <span className="help-section-title">{section.title}</span>
            <span className="help-section-summary">{section.texts.summary}</span>
          </summary>
          <ul>
            {section.texts.help.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

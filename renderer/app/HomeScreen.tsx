import type { WorkbookSummary } from '../../shared/ipc/contract';
import { THERAPIST_TEXTS } from '../../shared/guidance/handoffTexts';
import type { Role } from '../../shared/workbook/schema';
import { usePreferences } from './preferences';
import { ROLE_TITLES } from './roleTitles';

const DESCRIPTIONS: Record<Role, string> = {
  disclosing: 'For the partner preparing the disclosure: inventory, timeline, letter drafts and answers.',
  partner: 'For the partner who will hear the disclosure: questions, support, boundaries and self-care.',
};

interface Props {
  workbooks: WorkbookSummary[] | null;
  error: string | null;
  onCreate: (role: Role) => void;
  onUnlock: (role: Role) => void;
  onSettings: () => void;
  onHelp: () => void;
  /** "For therapists: make the session document" (no workbook needed). */
  onTherapist?: (() => void) | undefined;
  onAbout?: (() => void) | undefined;
}

export function HomeScreen({ workbooks, error, onCreate, onUnlock, onSettings, onHelp, onTherapist, onAbout }: Props) {
  const { prefs } = usePreferences();
  const discreet = prefs.discreetMode;
  return (
    <main className="home" aria-labelledby="home-title">
      <h1 id="home-title">{discreet ? 'Workbook' : 'Disclosure Workbook'}</h1>
      {!discreet && (
        <p className="lead">
          Two separate, encrypted workbooks on this computer. Each one opens only with its own passphrase, and neither partner can
          read the other&apos;s.
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ul className="workbook-cards" aria-label={discreet ? 'Workbooks' : 'Workbooks on this computer'}>
        {(workbooks ?? []).map((wb) => {
          const title = discreet ? (wb.role === 'disclosing' ? 'Workbook A' : 'Workbook B') : ROLE_TITLES[wb.role];
          return (
            <li key={wb.role} className="card workbook-card" data-role={wb.role}>
              <h2>{title}</h2>
              {!discreet && <p>{DESCRIPTIONS[wb.role]}</p>}
              <p className="status-chip">{wb.exists ? 'Locked' : 'Not created yet'}</p>
              {wb.exists ? (
                <button type="button" className="primary" onClick={() => onUnlock(wb.role)} aria-label={`Unlock ${title}`}>
                  Unlock
                </button>
              ) : (
                <button type="button" onClick={() => onCreate(wb.role)} aria-label={`Create ${title}`}>
                  Create
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div className="home-links">
        {onTherapist && !discreet && (
          <button type="button" onClick={onTherapist}>
            {THERAPIST_TEXTS.homeEntry}
          </button>
        )}
        <button type="button" onClick={onSettings}>
          Settings
        </button>
        <button type="button" onClick={onHelp}>
          Help
        </button>
        {onAbout && (
          <button type="button" onClick={onAbout}>
            About
          </button>
        )}
      </div>
    </main>
  );
}

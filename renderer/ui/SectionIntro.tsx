import type { ReactNode } from 'react';
import { catalogSection } from '../../shared/sections';
import type { Role } from '../../shared/workbook/schema';

/** How each workbook shows its reminders: the disclosing one as a titled aside, the partner's as gentle tips after the intro. */
const LOOK: Record<Role, { className: string; helpTitle: string; helpClass: string; restClass: string }> = {
  disclosing: { className: 'dz-intro', helpTitle: 'Reminders', helpClass: 'dz-help', restClass: 'dz-para' },
  partner: { className: 'partner-intro', helpTitle: 'Gentle tips', helpClass: 'gentle-tips', restClass: 'lead' },
};

/**
 * The top of every section: its title (focused when the section opens), the intro paragraphs
 * and the reminders, all from the section catalog's texts. `action` sits beside the title.
 */
export function SectionIntro({
  role,
  id,
  action,
  children,
}: {
  role: Role;
  id: string;
  action?: ReactNode;
  children?: ReactNode;
}) {
  const { texts } = catalogSection(role, id);
  const look = LOOK[role];
  const [first, ...rest] = texts.intro;
  const title = (
    <h2 id="section-title" tabIndex={-1}>
      {texts.title}
    </h2>
  );
  const help =
    texts.help.length === 0 ? null : role === 'disclosing' ? (
      <aside className={look.helpClass} aria-label={look.helpTitle}>
        <h3>{look.helpTitle}</h3>
        <ul>
          {texts.help.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      </aside>
    ) : (
      <ul className={look.helpClass} aria-label={look.helpTitle}>
        {texts.help.map((h) => (
          <li key={h}>{h}</li>
        ))}
      </ul>
    );
  return (
    <header className={look.className}>
      {action ? (
        <div className="partner-title-row">
          {title}
          {action}
        </div>
      ) : (
        title
      )}
      {first && <p className="lead">{first}</p>}
      {rest.map((p) => (
        <p key={p.slice(0, 40)} className={look.restClass}>
          {p}
        </p>
      ))}
      {role === 'disclosing' ? (
        <>
          {help}
          {children}
        </>
      ) : (
        <>
          {children}
          {help}
        </>
      )}
    </header>
  );
}

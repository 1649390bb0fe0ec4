import type { ReactNode } from 'react';
import { PARTNER_SECTION_TEXTS, type PartnerSectionId } from '../../../shared/guidance/sectionTexts';
import { openPause } from '../pause/pauseEvents';

/** The heading, guidance and a gentle pause link at the top of each partner section. */
export function SectionIntro({ id, children }: { id: PartnerSectionId; children?: ReactNode }) {
  const text = PARTNER_SECTION_TEXTS[id];
  return (
    <header className="partner-intro">
      <div className="partner-title-row">
        <h2 id="section-title" tabIndex={-1}>
          {text.title}
        </h2>
        <button type="button" className="link pause-link" onClick={openPause}>
          Need a moment? Pause
        </button>
      </div>
      {text.intro.map((p) => (
        <p key={p} className="lead">
          {p}
        </p>
      ))}
      {children}
      {text.help.length > 0 && (
        <ul className="gentle-tips" aria-label="Gentle tips">
          {text.help.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      )}
    </header>
  );
}

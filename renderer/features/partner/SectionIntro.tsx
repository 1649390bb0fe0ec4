import type { ReactNode } from 'react';
import type { PartnerSectionId } from '../../../shared/guidance/sectionTexts';
import { SectionIntro as Intro } from '../../ui/SectionIntro';
import { openPause } from '../pause/pauseEvents';

/** The top of each partner section, with a gentle pause link beside the title. */
export function SectionIntro({ id, children }: { id: PartnerSectionId; children?: ReactNode }) {
  return (
    <Intro
      role="partner"
      id={id}
      action={
        <button type="button" className="link pause-link" onClick={openPause}>
          Need a moment? Pause
        </button>
      }
    >
      {children}
    </Intro>
  );
}

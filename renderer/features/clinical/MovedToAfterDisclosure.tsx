import type { ReactNode } from 'react';
import { AFTER_DISCLOSURE_MOVED_NOTE } from '../../../shared/guidance/afterTexts';

/** Where an older section's plans went: a short note and a way to After the disclosure (both workbooks). */
export function MovedToAfterDisclosure({
  note,
  goTo,
  title,
  className = 'card soft',
}: {
  note: keyof Omit<typeof AFTER_DISCLOSURE_MOVED_NOTE, 'goThere'>;
  goTo: (section: 'afterDisclosure') => void;
  title?: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      {title && <h3>{title}</h3>}
      <p>{AFTER_DISCLOSURE_MOVED_NOTE[note]}</p>
      <div className="actions start">
        <button type="button" onClick={() => goTo('afterDisclosure')}>
          {AFTER_DISCLOSURE_MOVED_NOTE.goThere}
        </button>
      </div>
    </div>
  );
}

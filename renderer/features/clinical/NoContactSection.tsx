import { useCallback, useRef } from 'react';
import { DRAFT_TEXTS } from '../../../shared/guidance/draftTexts';
import { NO_CONTACT_TEXTS } from '../../../shared/guidance/afterTexts';
import type { NoContactLetter } from '../../../shared/workbook/schema';
import type { LetterChange } from '../../editor';
import { LetterField } from '../../ui/LetterField';
import { sectionHeading, useRemoveListItem } from '../../ui/UndoRemoval';
import { SectionIntro, type DisclosingProps } from '../disclosing/common';
import { CheckboxField as Checkbox, labelledOptions, SelectField, TextField } from '../../ui/fields';
import { newId } from '../../ui/ids';
import { editById } from '../../ui/list';
import { focusAfterPaint } from '../../ui/focus';

/** One no-contact letter per affair partner: a draft, its therapist review and the partner's approval. */
const REVIEW_OPTIONS = labelledOptions(
  Object.keys(NO_CONTACT_TEXTS.reviewOptions) as NoContactLetter['review'][],
  NO_CONTACT_TEXTS.reviewOptions,
);

export function NoContactSection({ content, update }: DisclosingProps) {
  const letters = content.sections.noContact.letters;
  const listRef = useRef<HTMLOListElement>(null);
  const removeItem = useRemoveListItem(update);
  const add = () => {
    const id = newId();
    update((d) => {
      d.sections.noContact.letters.push({
        id,
        recipient: '',
        letter: { current: null, drafts: [], dismissedChecks: [] },
        review: 'notYet',
        partnerApproved: false,
        approvedOn: '',
        sentOn: '',
      });
    });
    focusAfterPaint(() => document.getElementById(`nc-${id}`)?.querySelector<HTMLInputElement>('input'));
  };
  return (
    <section aria-labelledby="section-title" className="dz-section">
      <SectionIntro id="noContact" />
      <p className="notice">{NO_CONTACT_TEXTS.sendNote}</p>
      {letters.length === 0 ? (
        <p className="empty-state">{NO_CONTACT_TEXTS.empty}</p>
      ) : (
        <ol className="dz-list" ref={listRef}>
          {letters.map((l, i) => (
            <NoContactCard
              key={l.id}
              letter={l}
              index={i}
              update={update}
              onRemove={() =>
                removeItem({
                  items: letters,
                  id: l.id,
                  inDraft: (d) => d.sections.noContact.letters,
                  what: l.recipient.trim() || NO_CONTACT_TEXTS.untitled(i + 1),
                  list: () => listRef.current,
                  heading: sectionHeading,
                })
              }
            />
          ))}
        </ol>
      )}
      <div className="actions start">
        <button type="button" onClick={add}>
          {NO_CONTACT_TEXTS.add}
        </button>
      </div>
    </section>
  );
}

function NoContactCard({
  letter,
  index,
  update,
  onRemove,
}: {
  letter: NoContactLetter;
  index: number;
  update: DisclosingProps['update'];
  onRemove: () => void;
}) {
  const who = letter.recipient.trim() || NO_CONTACT_TEXTS.untitled(index + 1);
  const edit = (recipe: (l: NoContactLetter) => void) => update((d) => editById(d.sections.noContact.letters, letter.id, recipe));
  const change: LetterChange = useCallback(
    (recipe) => update((d) => editById(d.sections.noContact.letters, letter.id, (l) => recipe(l.letter))),
    [update, letter.id],
  );
  return (
    <li className="card" id={`nc-${letter.id}`}>
      <h3>{NO_CONTACT_TEXTS.letterLabel(who)}</h3>
      <TextField
        label={NO_CONTACT_TEXTS.recipient}
        value={letter.recipient}
        onChange={(v) =>
          edit((l) => {
            l.recipient = v;
          })
        }
      />
      <LetterField
        letter={letter.letter}
        onChange={change}
        texts={{
          editorLabel: NO_CONTACT_TEXTS.letterLabel(who),
          placeholder: NO_CONTACT_TEXTS.placeholder,
          letterName: DRAFT_TEXTS.letterNames.noContact(who),
        }}
        languageCheck
      />
      <SelectField
        label={NO_CONTACT_TEXTS.review}
        id={`nc-${letter.id}-review`}
        value={letter.review}
        options={REVIEW_OPTIONS}
        onChange={(v) =>
          edit((l) => {
            l.review = v;
          })
        }
      />
      <Checkbox
        label={NO_CONTACT_TEXTS.approved}
        checked={letter.partnerApproved}
        onChange={(v) =>
          edit((l) => {
            l.partnerApproved = v;
          })
        }
      />
      <TextField
        label={NO_CONTACT_TEXTS.approvedOn}
        value={letter.approvedOn}
        onChange={(v) =>
          edit((l) => {
            l.approvedOn = v;
          })
        }
      />
      <TextField
        label={NO_CONTACT_TEXTS.sentOn}
        value={letter.sentOn}
        onChange={(v) =>
          edit((l) => {
            l.sentOn = v;
          })
        }
      />
      {letter.sentOn.trim() !== '' && !letter.partnerApproved && (
        <p className="hint" role="note" data-testid="sent-before-approval">
          {NO_CONTACT_TEXTS.sentBeforeApproval}
        </p>
      )}
      <div className="actions">
        <button type="button" className="link" onClick={onRemove}>
          {NO_CONTACT_TEXTS.remove}
          <span className="visually-hidden"> ({who})</span>
        </button>
      </div>
    </li>
  );
}

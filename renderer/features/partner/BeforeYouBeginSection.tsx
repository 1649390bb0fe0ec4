import { useId } from 'react';
import {
  PARTNER_CONSENT_NOTE,
  PARTNER_READINESS_ITEMS,
  PARTNER_SAFETY_ITEMS,
  PARTNER_SAFETY_NONE,
  PARTNER_SAFETY_NOTE,
} from '../../../shared/guidance/sectionTexts';
import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import type { SectionProps } from '../types';
import { CrisisLines } from '../safety/CrisisLines';
import { SAFETY_ALL_CLEAR, SAFETY_SCREEN_INTRO, SESSION_WHAT_TO_EXPECT } from '../../../shared/guidance/partnerTexts';
import { SectionIntro } from './SectionIntro';

type SafetyKey = keyof PartnerWorkbook['sections']['beforeYouBegin']['safety'];
const isSafetyKey = (id: string): id is SafetyKey => id === 'inDanger' || id === 'afraid' || id === 'selfHarmThoughts';

export function BeforeYouBeginSection({ content, update, goTo }: SectionProps<PartnerWorkbook>) {
  const baseId = useId();
  const { safety, read, safetyNoneApply, readiness } = content.sections.beforeYouBegin;
  const anySafetyConcern = safety.inDanger || safety.afraid || safety.selfHarmThoughts;
  // The thank-you follows an actual answer: a ticked item or "none of these".
  const answered = anySafetyConcern || safetyNoneApply;

  return (
    <section aria-labelledby="section-title" className="partner-section">
      <SectionIntro id="beforeYouBegin" />

      <div className="card soft">
        <h3>What the disclosure session is usually like</h3>
        {SESSION_WHAT_TO_EXPECT.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>

      <fieldset className="card soft safety-screen">
        <legend>A short safety check</legend>
        <p className="hint">{SAFETY_SCREEN_INTRO}</p>
        {PARTNER_SAFETY_ITEMS.filter((item) => isSafetyKey(item.id)).map((item) => {
          const key = item.id as SafetyKey;
          const id = `${baseId}-${key}`;
          return (
            <div className="checkbox" key={key}>
              <input
                id={id}
                type="checkbox"
                checked={safety[key]}
                onChange={(e) => {
                  const checked = e.target.checked;
                  update((d) => {
                    d.sections.beforeYouBegin.safety[key] = checked;
                    if (checked) d.sections.beforeYouBegin.safetyNoneApply = false;
                  });
                }}
              />
              <label htmlFor={id}>{item.label}</label>
            </div>
          );
        })}
        <div className="checkbox">
          <input
            id={`${baseId}-none`}
            type="checkbox"
            checked={safetyNoneApply && !anySafetyConcern}
            disabled={anySafetyConcern}
            onChange={(e) => {
              const checked = e.target.checked;
              update((d) => {
                d.sections.beforeYouBegin.safetyNoneApply = checked;
              });
            }}
          />
          <label htmlFor={`${baseId}-none`}>{PARTNER_SAFETY_NONE}</label>
        </div>
        <div aria-live="polite">
          {anySafetyConcern ? (
            <div className="notice safety-notice" data-testid="safety-notice">
              <p>{PARTNER_SAFETY_NOTE}</p>
              {/* In danger or afraid: the domestic-abuse lines come first. */}
              <CrisisLines headingLevel={4} unsafeAtHome={safety.inDanger || safety.afraid} />
              <p>
                You can keep using this workbook; nothing is locked away. When you are able to, please talk with your therapist
                before going ahead with the disclosure.
              </p>
              <button type="button" onClick={() => goTo('crisis')}>
                Go to crisis resources and my local numbers
              </button>
            </div>
          ) : answered ? (
            <p className="muted" data-testid="safety-thanks">
              {SAFETY_ALL_CLEAR}
            </p>
          ) : null}
        </div>
      </fieldset>

      <fieldset className="card soft readiness-check">
        <legend>Is this the right time for me?</legend>
        <p className="consent-note">
          <strong>{PARTNER_CONSENT_NOTE}</strong>
        </p>
        {PARTNER_READINESS_ITEMS.map((item) => {
          const id = `${baseId}-${item.id}`;
          return (
            <div key={item.id}>
              <div className="checkbox">
                <input
                  id={id}
                  type="checkbox"
                  checked={readiness[item.id]}
                  onChange={(e) => {
                    const checked = e.target.checked;
                    update((d) => {
                      d.sections.beforeYouBegin.readiness[item.id] = checked;
                    });
                  }}
                />
                <label htmlFor={id}>{item.label}</label>
              </div>
              {readiness[item.id] && (
                <p className="notice" role="note">
                  {item.talkToTherapistNote}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>

      <div className="checkbox">
        <input
          id={`${baseId}-read`}
          type="checkbox"
          checked={read}
          onChange={(e) => {
            const checked = e.target.checked;
            update((d) => {
              d.sections.beforeYouBegin.read = checked;
            });
          }}
        />
        <label htmlFor={`${baseId}-read`}>I have read this page. (You can come back to it whenever you like.)</label>
      </div>
      <div className="actions start">
        <button type="button" onClick={() => goTo('questions')}>
          Go on to my questions, when I am ready
        </button>
      </div>
    </section>
  );
}

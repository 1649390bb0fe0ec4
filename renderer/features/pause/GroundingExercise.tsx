import { useState } from 'react';
import { GROUNDING_INTRO, GROUNDING_STEPS } from '../../../shared/guidance/sectionTexts';

/** Five things you see, four you feel... one step at a time, at your own pace. */
export function GroundingExercise() {
  const [step, setStep] = useState(0);
  const current = GROUNDING_STEPS[step];
  const last = GROUNDING_STEPS.length - 1;
  return (
    <div className="grounding">
      <p className="hint">{GROUNDING_INTRO}</p>
      {current && (
        <div className="grounding-step" aria-live="polite">
          <p className="grounding-count">
            {current.count > 0 ? (
              <>
                <span className="grounding-number">{current.count}</span> {current.sense}
              </>
            ) : (
              'breathe'
            )}
            <span className="visually-hidden">
              , step {step + 1} of {GROUNDING_STEPS.length}
            </span>
          </p>
          <p>{current.text}</p>
        </div>
      )}
      <div className="grounding-nav">
        <button type="button" onClick={() => setStep((s) => Math.max(0, s - 1))} disabled={step === 0}>
          Previous step
        </button>
        <span className="muted" aria-hidden="true">
          {step + 1} of {GROUNDING_STEPS.length}
        </span>
        {step < last ? (
          <button type="button" onClick={() => setStep((s) => Math.min(last, s + 1))}>
            Next step
          </button>
        ) : (
          <button type="button" onClick={() => setStep(0)}>
            Start again
          </button>
        )}
      </div>
    </div>
  );
}

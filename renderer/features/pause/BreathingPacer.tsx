import { useEffect, useState } from 'react';
import { useReducedMotion } from './useReducedMotion';

const IN_MS = 4_000;
const OUT_MS = 6_000;

/**
 * A slow breathing guide: a soft circle that grows while you breathe in and shrinks while you
 * breathe out. With reduced motion the circle stays still and only the words change.
 */
export function BreathingPacer() {
  const reduced = useReducedMotion();
  const [running, setRunning] = useState(true);
  const [phase, setPhase] = useState<'in' | 'out'>('in');

  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(() => setPhase((p) => (p === 'in' ? 'out' : 'in')), phase === 'in' ? IN_MS : OUT_MS);
    return () => window.clearTimeout(timer);
  }, [phase, running]);

  const animate = running && !reduced;
  return (
    <div className="pacer" data-testid="breathing-pacer" data-motion={reduced ? 'reduced' : 'full'} data-running={running}>
      <p className="hint">
        Breathe in gently for about four seconds, and out for about six. Follow along for as long as it feels good.
      </p>
      <div className="pacer-stage" aria-hidden="true">
        <div className={animate ? `pacer-circle animate ${phase}` : `pacer-circle still ${phase}`} />
        <span className="pacer-word">{running ? (phase === 'in' ? 'Breathe in' : 'Breathe out') : 'Resting'}</span>
      </div>
      <button type="button" onClick={() => setRunning((r) => !r)} aria-pressed={!running}>
        {running ? 'Stop the breathing guide' : 'Start the breathing guide'}
      </button>
    </div>
  );
}

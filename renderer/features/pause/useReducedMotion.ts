import { useEffect, useState } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

/** Reduced motion is on when the system asks for it OR the app setting is on (data-reduced-motion="on"). */
export function isReducedMotion(): boolean {
  const system = typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;
  return system || document.documentElement.dataset['reducedMotion'] === 'on';
}

/** Follows both the system preference and the app setting while the component is shown. */
export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(isReducedMotion);
  useEffect(() => {
    const refresh = () => setReduced(isReducedMotion());
    const media = window.matchMedia(QUERY);
    media.addEventListener('change', refresh);
    const observer = new MutationObserver(refresh);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-reduced-motion'] });
    return () => {
      media.removeEventListener('change', refresh);
      observer.disconnect();
    };
  }, []);
  return reduced;
}

import { useEffect, useLayoutEffect, useRef } from 'react';
import { useUi } from '../state/store';

/** Unattended loop (kiosk, `loop=<seconds>` in the link): advances, and wraps to the first step at the end. */
export function useLoop(seconds: number | null, total: number) {
  const present = useUi((s) => s.present);
  const totalRef = useRef(total);
  // Current for the timer without restarting it; written after each commit, not during render.
  useLayoutEffect(() => {
    totalRef.current = total;
  });
  useEffect(() => {
    if (!present || total === 0 || seconds === null) return;
    const timer = window.setInterval(() => {
      const { step, setStep } = useUi.getState();
      setStep(step >= totalRef.current ? 1 : step + 1);
    }, seconds * 1000);
    return () => window.clearInterval(timer);
  }, [present, total, seconds]);
}

/**
 * Seeks at most once per animation frame while a control is dragged. A range input fires an
 * input event for every pointer move, often several per frame; each seek re-renders both cells
 * at a new time step, so seeking on every event stacked several renders into one long task.
 * The control shows the newest value at once (a cheap local render); the store follows once per
 * frame with the newest value. Imports React only.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** [the value to show, the change handler] for a control bound to `value` in the store. */
export function useFrameSeek(value: number, seek: (value: number) => void): [number, (next: number) => void] {
  const [moving, setMoving] = useState<number | null>(null);
  const latest = useRef(value);
  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  const onMove = useCallback((next: number) => {
    latest.current = next;
    setMoving(next);
    if (frame.current !== 0) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      seek(latest.current);
      setMoving(null);
    });
  }, [seek]);
  return [moving ?? value, onMove];
}

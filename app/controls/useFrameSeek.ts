/**
 * Seeks at most once per animation frame while a control is dragged. A range input fires an
 * input event for every pointer move, often several per frame; each seek re-renders both cells
 * at a new time step, so seeking on every event stacked several renders into one long task.
 * The control shows the newest value at once (a cheap local render); the store follows once per
 * frame with the newest value. While moves keep coming, the store says the slider is scrubbing
 * (panels off screen skip rendering, as during playback).
 *
 * The seek runs in a task of its own, posted once the frame is out, not inside the frame's
 * callback: a seek in requestAnimationFrame put the re-render (scripts and DOM changes) and the
 * frame's style, layout and paint of it into one task, which ran past 50 ms; apart, each half stays
 * under. Imports React and the store.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from '../store/store';

/** The slider counts as still moving this long after its last move. */
const SCRUB_REST_MS = 250;

/** [the value to show, the change handler] for a control bound to `value` in the store. */
export function useFrameSeek(value: number, seek: (value: number) => void): [number, (next: number) => void] {
  const [moving, setMoving] = useState<number | null>(null);
  const latest = useRef(value);
  const frame = useRef(0);
  const channel = useRef<MessageChannel | null>(null);
  const rest = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => {
    cancelAnimationFrame(frame.current);
    channel.current?.port1.close();
    clearTimeout(rest.current);
    useStore.getState().setScrubbing(false);
  }, []);
  const onMove = useCallback((next: number) => {
    latest.current = next;
    setMoving(next);
    useStore.getState().setScrubbing(true);
    clearTimeout(rest.current);
    rest.current = setTimeout(() => useStore.getState().setScrubbing(false), SCRUB_REST_MS);
    if (frame.current !== 0) return;
    if (channel.current === null) channel.current = new MessageChannel();
    const ports = channel.current;
    ports.port1.onmessage = () => {
      frame.current = 0;
      seek(latest.current);
      setMoving(null);
    };
    frame.current = requestAnimationFrame(() => ports.port2.postMessage(null));
  }, [seek]);
  return [moving ?? value, onMove];
}

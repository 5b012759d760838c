/**
 * Drag and drop a scenario file anywhere on the app. The overlay shows only while a file is
 * dragged over the page and never blocks normal use. Imports app/ only.
 */
import { useEffect, useState } from 'react';
import { controlState } from '../../store/policySlice';
import { useStore } from '../../store/store';
import { importScenarioFile } from './importScenario';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
/** A lesson link may hide or lock scenario import (`hide=inputs` / `lock=inputs`). */
const mayImport = () => controlState(useStore.getState().policy, 'inputs') === 'shown';

export function DropZone() {
  const [isOver, setIsOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => { if (hasFiles(e) && mayImport()) { depth++; setIsOver(true); } };
    const leave = (e: DragEvent) => { if (hasFiles(e) && --depth <= 0) { depth = 0; setIsOver(false); } };
    const over = (e: DragEvent) => { if (hasFiles(e)) e.preventDefault(); };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setIsOver(false);
      const file = e.dataTransfer?.files[0];
      if (file && mayImport()) void importScenarioFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return isOver ? <div className="drop-zone" aria-hidden="true">Drop a scenario file to import it</div> : null;
}

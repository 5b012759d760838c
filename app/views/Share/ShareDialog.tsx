/**
 * The Share dialog: a link to exactly what is on screen, the hide/lock checklist that turns it
 * into a teacher's lesson link (the link updates as boxes are ticked), and an iframe snippet of
 * the same state in embed mode. Imports app/ only.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Policy } from '../../store/policySlice';
import type { PanelId } from '../../store/settingsSlice';
import { useStore } from '../../store/store';
import { CopyField } from './CopyField';
import { LessonControls } from './LessonControls';
import { Modal } from './Modal';
import { embedTitle, embedUrl, iframeSnippet, lessonHash, lessonUrl } from './shareLink';

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { settings, cursor, policy: pagePolicy } = useStore(
    useShallow((s) => ({ settings: s.settings, cursor: s.cursor, policy: s.policy })),
  );
  const [policy, setPolicy] = useState<Policy>(pagePolicy);
  const [panels, setPanels] = useState<PanelId[]>(settings.panels);
  const state = { settings: { ...settings, panels }, cursor };
  const hash = lessonHash(state, policy, window.location.hash);
  const link = lessonUrl(window.location, hash);
  const snippet = iframeSnippet(embedUrl(window.location, hash), embedTitle(settings.cells));
  return (
    <Modal title="Share this view" onClose={onClose} className="share-dialog">
      <section aria-labelledby="share-link-title">
        <h3 id="share-link-title">Link</h3>
        <p className="muted">
          Opens GateLab exactly as it is now: the cells, sizes, input, forced gates, the step and
          micro-step, the panels and the theme, plus the choices below.
        </p>
        <CopyField label="Link to this view" value={link} copyLabel="Copy link" />
      </section>
      <section aria-labelledby="share-lesson-title">
        <h3 id="share-lesson-title">Lesson controls</h3>
        <p className="muted">
          For a lesson, hide what students should not change, or lock it: a locked control stays
          visible, disabled, marked “Locked by the lesson author”. This page is not changed.
        </p>
        <LessonControls policy={policy} panels={panels} onPolicy={setPolicy} onPanels={setPanels} />
      </section>
      <section aria-labelledby="share-embed-title">
        <h3 id="share-embed-title">Embed in a page</h3>
        <p className="muted">
          The same view, without the page around it, for a course page or slides. The frame can be
          driven from the host page with postMessage (see docs/embed.md in the GateLab repository).
        </p>
        <CopyField label="Embed code" value={snippet} copyLabel="Copy embed code" isMultiline />
      </section>
    </Modal>
  );
}

/**
 * Notices: what the app tells the learner about something it ignored, fixed or failed at.
 * Imports store types.
 */
import type { StateCreator } from 'zustand';
import type { Store } from './store';

export type NoticeKind = 'info' | 'warning' | 'error';

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

export interface NoticesSlice {
  notices: Notice[];
  addNotice: (kind: NoticeKind, text: string) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createNoticesSlice: StateCreator<Store, [], [], NoticesSlice> = (set, get) => ({
  notices: [],
  addNotice: (kind, text) => {
    // The same text twice in a row is one notice.
    if (get().notices.some((n) => n.text === text)) return;
    set({ notices: [...get().notices.slice(-4), { id: nextNoticeId++, kind, text }] });
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
});

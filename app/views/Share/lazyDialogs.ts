/**
 * The Share and Export dialogs, loaded the first time one opens (React.lazy), so neither weighs
 * on the first screen. Imports app/views only.
 */
import { lazy } from 'react';

export const LazyShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));
export const LazyExportDialog = lazy(() => import('../Export/ExportDialog').then((m) => ({ default: m.ExportDialog })));

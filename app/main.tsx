// Entry point: reads the URL state, starts the engine worker, mounts the React app. Imports app/ only.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startEngine } from './engine/engine';
import { useStore } from './store/store';
import { startUrlSync } from './store/urlSync';
import './styles/base.css';

startUrlSync(useStore);
startEngine();
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { keepFieldsOutOfSessionState } from './app/formStateHygiene';
import { primeEditorEventCache } from './app/memoryHygiene';
import './app/styles.css';

primeEditorEventCache();
keepFieldsOutOfSessionState();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

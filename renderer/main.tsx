import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { keepFieldsOutOfSessionState } from './app/formStateHygiene';
import { followTextDirection } from './app/textDirection';
import './app/styles.css';

keepFieldsOutOfSessionState();
followTextDirection();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

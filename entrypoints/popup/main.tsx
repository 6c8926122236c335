import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GoalCheck } from '@/components/goal-check';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <GoalCheck />
  </StrictMode>,
);

/** The office's page when served by `fengong serve` (admin.html): invitations, 未报送, 催办, exports. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AdminPage } from './AdminPage';
import '../styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
createRoot(root).render(
  <StrictMode>
    <AdminPage />
  </StrictMode>,
);

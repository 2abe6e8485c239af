/** Renderer entry: placeholder until the renderer lands. */
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Precedent</h1>);

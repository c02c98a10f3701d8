/**
 * The demo exchange (`npm start`): a small exchange site built on tillit's published entries only, as a
 * customer's would be, with the demo tools beside it. See demo/README.md.
 */
import 'tillit/tillit.css';
import './styles/site.css';
import './styles/brand.css';
import './styles/dev-panel.css';
import { Site } from './site/app.js';

const root = document.getElementById('app');
if (root) await new Site(root).start();

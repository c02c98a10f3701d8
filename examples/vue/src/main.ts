import { createApp } from 'vue';
import 'tillit/login-form'; // registers <login-form>, the one element this app renders (`tillit` registers them all)
import { createClient, setDefaultClient } from 'tillit/client';
import App from './App.vue';

// Once per page: every tillit element without a `client` of its own uses this one. Here the API is served by the
// same origin as the page; give your backend's base URL.
setDefaultClient(createClient({ baseUrl: location.origin }));

createApp(App).mount('#app');

import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
// Registers the two elements this app renders, and no other (`tillit` registers them all).
import 'tillit/login-form';
import 'tillit/security-settings';
import { createClient, setDefaultClient } from 'tillit/client';
import { App } from './app';

// Once per page: every tillit element without a `client` of its own uses this one. Here the API is served by the
// same origin as the page; give your backend's base URL.
setDefaultClient(createClient({ baseUrl: location.origin }));

bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));

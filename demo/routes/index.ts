import type { Hono } from 'hono';
import type { BackendContext } from '../core/context.js';

/**
 * Every route module of the reference backend, one per flow of the contract. Each registers its rows of the
 * endpoint table with `route()` from core/router.ts.
 */
type Register = (app: Hono, ctx: BackendContext) => void;

const modules: Register[] = [];

export function registerRoutes(app: Hono, ctx: BackendContext): void {
  for (const register of modules) register(app, ctx);
}

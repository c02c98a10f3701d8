/** Types of rollup-minify-templates.mjs for TypeScript callers (its test). */
import type { Plugin } from 'rollup';

export declare function squeezeHtml(text: string): string;
export declare function squeezeCss(text: string): string;
export declare function templateParts(code: string, fileName: string): [start: number, end: number, tag: string][];
export declare function minifyTemplates(): Plugin;

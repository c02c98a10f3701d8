/**
 * `tillit/vue`: types only (there is no JavaScript behind this entry). Typed templates (vue-tsc, Volar) for every
 * tillit element in Vue 3: its properties (`:heading-level="1"`, `:client="client"`) and its events
 * (`@tillit-signed-in="(event) => ..."`, `event` a `SignedInEvent`). Vue must still be told the tags are custom
 * elements (`compilerOptions.isCustomElement`), as for any web component. Load it once, in tsconfig.json
 * (`"types": ["tillit/vue"]`) or a .d.ts:
 *
 *   /// <reference types="tillit/vue" />
 */
import type { AllowedComponentProps, ComponentCustomProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';
import type { TillitElement, TillitElementProperties, TillitEventMap, TillitTag } from './element-types.js';

/**
 * How vue-tsc sees a tillit tag: a component whose props are the element's properties and whose emits are its
 * events. `$props` and `$emit` exist for the type check only; a template ref gets the real element.
 */
export type TillitVueComponent<T extends TillitTag> = new () => TillitElement<T> & {
  /** @deprecated Types the template's props only: the element has no `$props`. */
  $props: TillitElementProperties<T> & HTMLAttributes & AllowedComponentProps & ComponentCustomProps & VNodeProps;
  /** @deprecated Types the template's `@tillit-*` listeners only: the element has no `$emit`. */
  $emit: EmitFn<{ [K in keyof TillitEventMap]: (event: TillitEventMap[K]) => void }>;
};

type TillitGlobalComponents = { [T in TillitTag]: TillitVueComponent<T> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the tillit tags into Vue's.
  interface GlobalComponents extends TillitGlobalComponents {}
}

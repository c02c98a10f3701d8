/**
 * What a framework's template may give each tillit element, derived from the element classes themselves so a new
 * element (or a new property) is typed in every framework without an edit here: the tag map is generated from
 * the element folders (`elementClasses`), the settable properties are the class's `static properties`, and the
 * events are every `tillit-*` entry of `GlobalEventHandlersEventMap` (declared once, in src/events).
 */
import type { elementClasses } from '../elements/element-classes.js';

// Loads the `GlobalEventHandlersEventMap` entries of every tillit event (kept in the emitted declarations).
export type * as TillitEventClasses from '../events/index.js';

type Classes = typeof elementClasses;

/** Every tillit tag under its default name: `login-form`, ... */
export type TillitTag = keyof Classes;

/** The element class instance of a tag (`LoginForm` for `login-form`). */
export type TillitElement<T extends TillitTag> = InstanceType<Classes[T]>;

/** The reactive properties the element declares (`static properties`), all optional: what a template may set. */
export type TillitElementProperties<T extends TillitTag> = Partial<
  Pick<TillitElement<T>, Extract<keyof Classes[T]['properties'], keyof TillitElement<T>>>
>;

/** Every event a tillit element fires, by name: `{ 'tillit-signed-in': SignedInEvent, ... }`. */
export type TillitEventMap = {
  [K in keyof GlobalEventHandlersEventMap as K extends `tillit-${string}` ? K : never]: GlobalEventHandlersEventMap[K];
};

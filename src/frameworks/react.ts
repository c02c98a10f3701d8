/**
 * `tillit/react`: types only (there is no JavaScript behind this entry). Typed JSX for every tillit element in
 * React 19, which sets a custom element's properties (`headingLevel={1}`, `client={client}`) and adds an event
 * listener for each `on<event-name>` prop (`ontillit-signed-in={(event) => ...}`, `event` a `SignedInEvent`).
 * Load it once for the whole project, in tsconfig.json (`"types": ["tillit/react"]`) or a .d.ts:
 *
 *   /// <reference types="tillit/react" />
 *
 * Then `<login-form headingLevel="1">` or `ontillit-signed-in={(event: StepChangeEvent) => ...}` fails the type
 * check. TypeScript accepts any hyphenated attribute it does not know, so a misspelled `ontillit-*` name is not
 * caught: only the handler's type of a known one.
 */
import type { HTMLAttributes, Key, Ref } from 'react';
import type { TillitElement, TillitElementProperties, TillitEventMap, TillitTag } from './element-types.js';

/** `on<event-name>` listeners, as React 19 adds them to a custom element. */
export type TillitReactEventProps = {
  [K in keyof TillitEventMap as `on${K}`]?: (event: TillitEventMap[K]) => void;
};

/** The JSX props of a tillit tag: its properties, its events, and what any HTML element takes. */
export type TillitReactProps<T extends TillitTag> = TillitElementProperties<T> &
  TillitReactEventProps &
  Omit<HTMLAttributes<TillitElement<T>>, keyof TillitElementProperties<T>> & {
    ref?: Ref<TillitElement<T>>;
    key?: Key | null;
  };

type TillitIntrinsicElements = { [T in TillitTag]: TillitReactProps<T> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace to augment.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the tillit tags into React's.
    interface IntrinsicElements extends TillitIntrinsicElements {}
  }
}

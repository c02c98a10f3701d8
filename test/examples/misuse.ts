/**
 * Usage the tillit types must reject, written into an example's copy before its type check. Each line carries
 * TypeScript's (or vue-tsc's) expect-error mark, so the type check fails both when a line is accepted and when it
 * fails for no reason at all: untyped elements (`any`) would leave every mark unused.
 */
export const misuse: Record<string, Record<string, string>> = {
  react: {
    'src/misuse.tsx': `import type { SignedInEvent, StepChangeEvent } from 'tillit/events';

export const misuse = (
  <>
    {/* @ts-expect-error: headingLevel is a number */}
    <login-form headingLevel="2" />
    {/* @ts-expect-error: no property of that name (React would set an attribute nobody reads) */}
    <login-form headinglevel={2} />
    {/* @ts-expect-error: a tillit-signed-in listener gets a SignedInEvent, not a StepChangeEvent */}
    <login-form ontillit-signed-in={(event: StepChangeEvent) => event.step} />
    {/* @ts-expect-error: client is a tillit client */}
    <login-form client={42} />
    {/* @ts-expect-error: a tillit-security-changed listener gets a SecurityChangedEvent, not a SignedInEvent */}
    <security-settings ontillit-security-changed={(event: SignedInEvent) => event.session} />
  </>
);
`,
  },
  vue: {
    'src/Misuse.vue': `<script setup lang="ts">
import type { SignedInEvent, StepChangeEvent } from 'tillit/events';

function stepChanged(event: StepChangeEvent) {
  return event.step;
}
function signedIn(event: SignedInEvent) {
  return event.session;
}
</script>

<template>
  <!-- @vue-expect-error: heading-level is a number -->
  <login-form :heading-level="'2'" />
  <!-- @vue-expect-error: a tillit-signed-in listener gets a SignedInEvent, not a StepChangeEvent -->
  <login-form @tillit-signed-in="stepChanged" />
  <!-- @vue-expect-error: a tillit-security-changed listener gets a SecurityChangedEvent, not a SignedInEvent -->
  <security-settings @tillit-security-changed="signedIn" />
</template>
`,
  },
};

/**
 * Angular templates have no expect-error mark: the Angular example's misuse is a component of its own, compiled
 * alone by `ngc` (strictTemplates), which must fail with exactly these errors.
 */
export const angularMisuse = {
  files: {
    'src/misuse.ts': `import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import type { SignedInEvent, StepChangeEvent } from 'tillit/events';
import 'tillit';

@Component({
  selector: 'app-misuse',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`
    <login-form (tillit-signed-in)="stepChanged($event)"></login-form>
    <security-settings (tillit-security-changed)="signedIn($event)"></security-settings>
  \`,
})
export class Misuse {
  protected stepChanged(event: StepChangeEvent): string {
    return event.step;
  }

  protected signedIn(event: SignedInEvent): string {
    return event.session.user.displayName;
  }
}
`,
    'tsconfig.misuse.json': `${JSON.stringify({ extends: './tsconfig.json', compilerOptions: { outDir: 'build-misuse' }, files: ['src/misuse.ts'] })}\n`,
  },
  /** A SignedInEvent handed to a StepChangeEvent parameter, a SecurityChangedEvent to a SignedInEvent one, and nothing else. */
  errors: [
    /TS2345: .*Argument of type 'SignedInEvent' is not assignable to parameter of type 'StepChangeEvent/,
    /TS2345: .*Argument of type 'SecurityChangedEvent' is not assignable to parameter of type 'SignedInEvent/,
  ],
};

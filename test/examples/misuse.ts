/**
 * Usage the tillit types must reject, written into an example's copy before its type check. Each line carries
 * TypeScript's (or vue-tsc's) expect-error mark, so the type check fails both when a line is accepted and when it
 * fails for no reason at all: untyped elements (`any`) would leave every mark unused.
 */
export const misuse: Record<string, Record<string, string>> = {
  react: {
    'src/misuse.tsx': `import type { StepChangeEvent } from 'tillit/events';

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
  </>
);
`,
  },
  vue: {
    'src/Misuse.vue': `<script setup lang="ts">
import type { StepChangeEvent } from 'tillit/events';

function stepChanged(event: StepChangeEvent) {
  return event.step;
}
</script>

<template>
  <!-- @vue-expect-error: heading-level is a number -->
  <login-form :heading-level="'2'" />
  <!-- @vue-expect-error: a tillit-signed-in listener gets a SignedInEvent, not a StepChangeEvent -->
  <login-form @tillit-signed-in="stepChanged" />
</template>
`,
  },
};

node .measure.tmp.mjs
LABEL=no-errors STUBS='{"i18n/en.ts":[["export const errors = \\{.*?\\} satisfies ErrorSectionShape;","export const errors = {} as any;"]]}' node .measure.tmp.mjs
LABEL=no-fieldcss STUBS='{"shared/field-styles.ts":[["= css`.*`;","= css``;"]]}' node .measure.tmp.mjs
LABEL=no-phone-table STUBS='{"shared/countries.ts":[["export const callingCodes: readonly CallingCode\\[\\] = \\[.*?\\];","export const callingCodes: readonly CallingCode[] = [];"]]}' node .measure.tmp.mjs
LABEL=no-failures STUBS='{"login-form/sign-in-failures.ts":[["export function showSignInFailure.*$","export function showSignInFailure(a:any,b:any){}"]]}' node .measure.tmp.mjs
LABEL=no-social-svg STUBS='{"steps/social-buttons.ts":[["const googleLogo = svg`.*?`;","const googleLogo = svg``;"],["const appleLogo = svg`.*?`;","const appleLogo = svg``;"]]}' node .measure.tmp.mjs
LABEL=no-lf-css STUBS='{"login-form/login-form.styles.ts":[["  css`.*`,","  css``,"]]}' node .measure.tmp.mjs
LABEL=no-frame-css STUBS='{"shared/frame-styles.ts":[["= css`.*`;","= css``;"]]}' node .measure.tmp.mjs

/**
 * The part of `<security-settings>` a task needs (loaded when the first task opens, see SettingsFlow.open): the
 * task flow with its step-up, code and new-password controllers, and the steps it renders.
 */
export { TaskFlow } from './task-flow.js';
export { taskSteps } from './steps/task-steps.js';
export { taskSections } from './task-sections.js';

import { expect } from '@open-wc/testing';
import { StepController } from '../../../src/controllers/step-controller.js';
import type { StepChangeEvent } from '../../../src/events/step-change.js';
import { FakeHost } from './fakes.js';

type Step = 'one' | 'two' | 'three';

function setup() {
  const host = new FakeHost();
  const left: Step[] = [];
  let focused = 0;
  const steps = new StepController<Step>(host, { initial: 'one', leave: (step) => left.push(step), focusHeading: () => (focused += 1) });
  const events: StepChangeEvent<Step>[] = [];
  host.addEventListener('tillit-step-change', (event) => events.push(event as StepChangeEvent<Step>));
  host.connect();
  return { host, steps, left, events, focused: () => focused };
}

describe('StepController', () => {
  it('goes to a step: clears the one left, focuses the new heading, fires the event with the previous step', () => {
    const { steps, left, events, focused } = setup();
    steps.goTo('two');
    expect(steps.current).to.equal('two');
    expect(left).to.deep.equal(['one']);
    expect(focused()).to.equal(1);
    expect(events.map((e) => [e.previousStep, e.step, e.method])).to.deep.equal([['one', 'two', undefined]]);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
  });

  it('fires again when only the method changes, without leaving the step', () => {
    const { steps, left, events } = setup();
    steps.goTo('two', 'totp');
    steps.goTo('two', 'sms');
    steps.goTo('two', 'sms');
    expect(events.map((e) => [e.previousStep, e.step, e.method])).to.deep.equal([
      ['one', 'two', 'totp'],
      ['two', 'two', 'sms'],
    ]);
    expect(left).to.deep.equal(['one']);
  });

  it('reset() returns to the first step, clearing the current one, without moving focus', () => {
    const { steps, left, events, focused } = setup();
    steps.goTo('three');
    steps.reset();
    expect(steps.current).to.equal('one');
    expect(left).to.deep.equal(['one', 'three']);
    expect(focused()).to.equal(1);
    expect(events.at(-1)!.previousStep).to.equal('three');
    const count = events.length;
    steps.reset();
    expect(events.length, 'nothing to reset: no event').to.equal(count);
  });
});

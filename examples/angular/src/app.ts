import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { SignedInEvent } from 'tillit/events';

// CUSTOM_ELEMENTS_SCHEMA lets the template use tags Angular does not know. With strictTemplates, `$event` of
// `(tillit-signed-in)` is still typed (a SignedInEvent), from the element's entry in HTMLElementTagNameMap.
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main>
      <h1>Example Exchange</h1>
      @if (user()) {
        <!-- The session is the client's (a cookie): the element loads the signed-in account's settings itself. -->
        <security-settings [headingLevel]="2"></security-settings>
      } @else {
        <login-form [headingLevel]="2" (tillit-signed-in)="signedIn($event)"></login-form>
        <login-form identifier="phone" methods="password" [headingLevel]="2" (tillit-signed-in)="signedIn($event)"></login-form>
      }
      <p role="status">{{ user() && 'Signed in as ' + user() }}</p>
    </main>
  `,
})
export class App {
  protected readonly user = signal('');

  protected signedIn(event: SignedInEvent): void {
    this.user.set(event.session.user.displayName);
  }
}

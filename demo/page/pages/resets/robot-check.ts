import { html, render } from 'lit';
import type { SiteMessages } from '../../site/messages.js';

/**
 * The demo's visible robot check: a modal "I'm not a robot" box in place of the captcha widget an exchange would
 * show (hCaptcha, Turnstile), so the step is seen rather than solved silently. Ticking the box fetches the
 * single-use token from the demo backend; closing the box rejects, and the element says the check is not done.
 */
export function visibleRobotCheck(words: () => SiteMessages['robotCheck'], token: () => Promise<string>): () => Promise<string> {
  return () =>
    new Promise<string>((resolve, reject) => {
      const t = words();
      const dialog = document.createElement('dialog');
      dialog.className = 'robot-check';
      dialog.setAttribute('aria-labelledby', 'robot-check-title');
      let settled = false;
      const finish = (outcome: { token: string } | { error: Error }) => {
        if (settled) return;
        settled = true;
        dialog.close();
        dialog.remove();
        if ('token' in outcome) resolve(outcome.token);
        else reject(outcome.error);
      };
      const checked = (event: Event) => {
        const box = event.target as HTMLInputElement;
        box.disabled = true;
        token().then((value) => finish({ token: value }), (error: unknown) => finish({ error: error instanceof Error ? error : new Error(String(error)) }));
      };
      render(
        html`<h2 id="robot-check-title" class="robot-check-title">${t.title}</h2>
          <p class="robot-check-hint">${t.hint}</p>
          <label class="robot-check-box"><input type="checkbox" @change=${checked} /> ${t.label}</label>
          <button type="button" class="robot-check-cancel" @click=${() => finish({ error: new Error('robot check cancelled') })}>${t.cancel}</button>`,
        dialog,
      );
      dialog.addEventListener('cancel', () => finish({ error: new Error('robot check cancelled') }));
      document.body.append(dialog);
      dialog.showModal();
    });
}

import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { KycUploaderMessages } from '../messages.js';

export type CameraProblem = 'denied' | 'missing' | 'busy' | 'failed';

/** What went wrong, from the DOMException's name (never its message, which differs per browser). */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'missing';
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'busy';
  return 'failed';
}

/**
 * The camera of one photo step: the rear camera for documents, the front one for the selfie, as large as the
 * device offers up to 4K (the pipeline scales it down). The stream ends when the step ends or the element leaves.
 * Loaded with the first "Use camera": a user who chooses a file never downloads it.
 */
export class Camera {
  stream: MediaStream | undefined;
  problem: CameraProblem | undefined;
  starting = false;
  private video: HTMLVideoElement | undefined;

  constructor(private readonly changed: () => void) {}

  async open(facing: 'user' | 'environment'): Promise<void> {
    this.close();
    this.starting = true;
    this.problem = undefined;
    this.changed();
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: facing }, width: { ideal: 3840 }, height: { ideal: 2160 } },
        audio: false,
      });
    } catch (error) {
      this.problem = cameraProblem(error);
    }
    this.starting = false;
    this.changed();
  }

  /** The current frame as a JPEG, full resolution (the pipeline checks and scales it like any photo). */
  async capture(): Promise<Blob | undefined> {
    const video = this.video;
    if (!video || !video.videoWidth) return undefined;
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')?.drawImage(video, 0, 0);
    return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? undefined), 'image/jpeg', 0.92));
  }

  close(): void {
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = undefined;
    this.video = undefined;
  }

  /**
   * The live view with its framing guide: `playsinline` and `muted` so iOS plays it inline instead of a black
   * box, `autoplay` so it starts without a tap. The guide is a card outline (ID-1, 85.6 x 54 mm) or a face oval.
   */
  view(t: KycUploaderMessages, selfie: boolean, on: { capture: () => void; close: () => void }): TemplateResult {
    if (this.problem) {
      const text = { denied: t.cameraDenied, missing: t.cameraMissing, busy: t.cameraBusy, failed: t.cameraFailed }[this.problem];
      return html`<p class="tillit-error" role="alert" data-camera=${this.problem}>${text}</p>`;
    }
    if (this.starting || !this.stream) return html`<p class="tillit-hint" role="status">${t.cameraStarting}</p>`;
    const bind = (video: Element | undefined) => {
      if (!(video instanceof HTMLVideoElement)) return;
      this.video = video;
      if (video.srcObject !== this.stream) video.srcObject = this.stream ?? null;
    };
    return html`<figure class="tillit-kyc-camera" data-facing=${selfie ? 'user' : 'environment'}>
      <video ${ref(bind)} playsinline muted autoplay aria-label=${selfie ? t.cameraGuideSelfie : t.cameraGuide}></video>
      <div class="tillit-kyc-guide ${selfie ? 'tillit-kyc-guide-oval' : ''}" aria-hidden="true"></div>
      <figcaption class="tillit-hint">${selfie ? t.cameraGuideSelfie : t.cameraGuide}</figcaption>
      <div class="tillit-kyc-actions">
        <button class="tillit-button" type="button" @click=${on.capture}>${t.takePhoto}</button>
        <button class="tillit-kyc-secondary" type="button" @click=${on.close}>${t.stopCamera}</button>
      </div>
    </figure>`;
  }
}

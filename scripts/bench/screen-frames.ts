/**
 * What the compositor put on screen, frame by frame: Chromium's screencast (CDP
 * `Page.startScreencast`) sends a picture of every frame it swaps, with the swap's wall-clock time,
 * as long as the previous one has been acknowledged. Frames are acknowledged at once and kept
 * encoded; decoding waits until the run is over, so the page under test shares the CPU only with
 * the browser's own encoding, the same for every page measured.
 * https://chromedevtools.github.io/devtools-protocol/tot/Page/#method-startScreencast
 */
import type { CDPSession, Page } from 'playwright-core';
import { PNG } from 'pngjs';

/** One frame: swap time (ms since the epoch, as `performance.timeOrigin`) and the PNG. */
export interface ScreenFrame {
  t: number;
  png: string;
  /** Width of the page's viewport in CSS pixels (the frame is scaled from it). */
  deviceWidth: number;
  /** CSS pixels from the top of the frame to the page's viewport. */
  offsetTop: number;
}

/** A decoded frame's pixels (RGBA), with its CSS-to-frame scale. */
export interface DecodedFrame {
  t: number;
  width: number;
  height: number;
  data: Buffer;
  scale: number;
  offsetTop: number;
}

export function decodeFrame(f: ScreenFrame): DecodedFrame {
  const img = PNG.sync.read(Buffer.from(f.png, 'base64'));
  return { t: f.t, width: img.width, height: img.height, data: img.data, scale: img.width / f.deviceWidth, offsetTop: f.offsetTop };
}

/** Records a page's compositor frames until stopped. */
export class ScreenRecorder {
  readonly frames: ScreenFrame[] = [];
  #cdp: CDPSession | null = null;

  /**
   * Starts recording `page` (before its navigation, to see its first frame). `maxWidth`: frames are
   * scaled down to it, which keeps the browser's encoding cheap; colours inside polygons survive.
   */
  async start(page: Page, maxWidth = 350, maxHeight = 350): Promise<void> {
    const cdp = await page.context().newCDPSession(page);
    this.#cdp = cdp;
    cdp.on('Page.screencastFrame', (f) => {
      cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => undefined);
      const m = f.metadata;
      if (m.timestamp === undefined) return;
      this.frames.push({ t: m.timestamp * 1000, png: f.data, deviceWidth: m.deviceWidth, offsetTop: m.offsetTop });
    });
    await cdp.send('Page.enable');
    await cdp.send('Page.startScreencast', { format: 'png', maxWidth, maxHeight, everyNthFrame: 1 });
  }

  async stop(): Promise<void> {
    await this.#cdp?.send('Page.stopScreencast').catch(() => undefined);
    await this.#cdp?.detach().catch(() => undefined);
    this.#cdp = null;
  }

  /** Drops the frames recorded so far (between two measured actions). */
  clear(): void {
    this.frames.length = 0;
  }
}

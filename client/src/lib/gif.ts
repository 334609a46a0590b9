// Encodes canvas frames into an animated GIF with gifenc (per-frame palette, endless loop).
import { applyPalette, GIFEncoder, quantize } from 'gifenc';

/** Collects frames from a canvas and produces the GIF bytes. */
export class GifBuilder {
  private readonly encoder = GIFEncoder();
  private frames = 0;

  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {
    if (width < 1 || height < 1) throw new RangeError(`GIF size must be positive, got ${width}×${height}`);
  }

  /** Adds the canvas's current pixels as a frame shown for `delayMs`. */
  addFrame(context: CanvasRenderingContext2D, delayMs: number): void {
    const { data } = context.getImageData(0, 0, this.width, this.height);
    const palette = quantize(data, 256);
    const index = applyPalette(data, palette);
    this.encoder.writeFrame(index, this.width, this.height, { palette, delay: delayMs, repeat: 0 });
    this.frames++;
  }

  /** Finishes the file and returns it as a Blob. */
  finish(): Blob {
    if (this.frames === 0) throw new Error('a GIF needs at least one frame');
    this.encoder.finish();
    return new Blob([this.encoder.bytes() as Uint8Array<ArrayBuffer>], { type: 'image/gif' });
  }
}

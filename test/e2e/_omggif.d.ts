// Types for omggif's GIF decoder (the package ships none); used to count and read frames of the exported replay.
declare module 'omggif' {
  export class GifReader {
    constructor(bytes: Uint8Array);
    width: number;
    height: number;
    numFrames(): number;
    loopCount(): number | null;
    /** Writes frame `index` into `pixels` (width × height × 4 bytes, RGBA). */
    decodeAndBlitFrameRGBA(index: number, pixels: Uint8Array): void;
  }
}

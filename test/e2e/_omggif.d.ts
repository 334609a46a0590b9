// Types for omggif's GIF decoder (the package ships none); used to count frames of the exported replay.
declare module 'omggif' {
  export class GifReader {
    constructor(bytes: Uint8Array);
    width: number;
    height: number;
    numFrames(): number;
    loopCount(): number | null;
  }
}

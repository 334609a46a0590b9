// Web worker: reports this browser's WebGL 2 renderer name (null without WebGL 2), or 'unsupported' without
// OffscreenCanvas. Creating a GL context takes 100–300 ms on a software GL, so the page asks here, off its main thread.
type Reply = string | null | 'unsupported';
const reply = (answer: Reply) => (globalThis as unknown as { postMessage(message: Reply): void }).postMessage(answer);

if (typeof OffscreenCanvas === 'undefined') reply('unsupported');
else {
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (!gl) reply(null);
  else {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    reply(name);
  }
}

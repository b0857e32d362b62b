/**
 * A copy of a WebGL canvas's drawing buffer as a CPU-backed 2D canvas, read with `readPixels`.
 * Call it while the frame is still in the buffer (in the task that drew it: a map's `render` or
 * `idle` event), since the buffer is not preserved.
 *
 * Why not `drawImage(glCanvas)`: in Chromium, drawing a GPU-backed image into a 2D canvas turns
 * that canvas GPU-backed too (`willReadFrequently` notwithstanding), and so does every canvas it
 * is later drawn into; reading such a canvas's pixels back (a PNG export reads all of them) went
 * through the GPU process and took seconds at print size with a software GL (SwiftShader).
 * `readPixels` reads the buffer once, into memory the 2D canvas keeps on the CPU.
 */
export function drawingBufferCanvas(source: HTMLCanvasElement): HTMLCanvasElement {
  const gl = (source.getContext('webgl2') ?? source.getContext('webgl')) as WebGL2RenderingContext | WebGLRenderingContext | null;
  if (!gl) throw new Error('the map has no WebGL context');
  const width = gl.drawingBufferWidth;
  const height = gl.drawingBufferHeight;
  const pixels = new Uint8ClampedArray(width * height * 4);
  // Read the default framebuffer whatever the renderer left bound, then put its bindings back
  // (maplibre and deck.gl cache them and would not rebind what they think is still bound).
  const webgl2 = 'READ_FRAMEBUFFER' in gl;
  const target = webgl2 ? gl.READ_FRAMEBUFFER : gl.FRAMEBUFFER;
  const framebuffer = gl.getParameter(webgl2 ? gl.READ_FRAMEBUFFER_BINDING : gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
  const packBuffer = webgl2 ? (gl.getParameter(gl.PIXEL_PACK_BUFFER_BINDING) as WebGLBuffer | null) : null;
  const alignment = gl.getParameter(gl.PACK_ALIGNMENT) as number;
  gl.bindFramebuffer(target, null);
  if (webgl2 && packBuffer) gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null);
  gl.pixelStorei(gl.PACK_ALIGNMENT, 4);
  gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(pixels.buffer));
  gl.pixelStorei(gl.PACK_ALIGNMENT, alignment);
  if (webgl2 && packBuffer) gl.bindBuffer(gl.PIXEL_PACK_BUFFER, packBuffer);
  gl.bindFramebuffer(target, framebuffer);
  // readPixels gives rows bottom to top, with colours premultiplied by alpha (WebGL's default
  // drawing buffer); ImageData wants rows top to bottom, straight alpha.
  const row = width * 4;
  const flipped = new Uint8ClampedArray(pixels.length);
  for (let y = 0; y < height; y++) flipped.set(pixels.subarray((height - 1 - y) * row, (height - y) * row), y * row);
  // A map is opaque nearly everywhere: one 32-bit read per pixel finds the few to divide.
  const words = new Uint32Array(flipped.buffer);
  const little = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  for (let p = 0; p < words.length; p++) {
    const a = little ? words[p] >>> 24 : words[p] & 0xff;
    if (a === 255 || a === 0) continue;
    const i = 4 * p;
    flipped[i] = (flipped[i] * 255) / a;
    flipped[i + 1] = (flipped[i + 1] * 255) / a;
    flipped[i + 2] = (flipped[i + 2] * 255) / a;
  }
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  out.getContext('2d', { willReadFrequently: true })!.putImageData(new ImageData(flipped, width, height), 0, 0);
  return out;
}

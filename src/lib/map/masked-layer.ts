import type { CustomLayerInterface, CustomRenderMethodInput, Map as MaplibreMap } from 'maplibre-gl';
import type { Rgb } from './fill-colours.ts';
import { LINE_FLOATS, lineQuads, linesOf, mercator, ringFans } from './mercator-geometry.ts';

/** One stroke of the outline: `width` CSS pixels in `rgb` (twice as wide at zoom 10 as at zoom 6 when `grows`). */
export interface LinePass {
  rgb: Rgb;
  width: number;
  grows?: boolean;
}

/** How a {@link MaskedLayer} draws the items marked in its mask. */
export type MaskedStyle =
  | { kind: 'lines'; passes: readonly LinePass[] }
  /** Diagonal lines every `period` CSS pixels, 2 pixels wide, `alpha` 0–1, over the items' polygons. */
  | { kind: 'hatch'; rgb: Rgb; alpha: number; period: number };

const LINE_VS = `
attribute vec2 a_pos;
attribute vec2 a_ext;
uniform mat4 u_matrix;
uniform vec2 u_px;
uniform float u_half;
void main() {
  vec4 p = u_matrix * vec4(a_pos, 0.0, 1.0);
  p.xy += vec2(a_ext.x, -a_ext.y) * u_half * u_px * p.w;
  gl_Position = p;
}`;
const AREA_VS = `
attribute vec2 a_pos;
uniform mat4 u_matrix;
void main() {
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
}`;
const COLOUR_FS = `
precision mediump float;
uniform vec4 u_colour;
void main() {
  gl_FragColor = u_colour;
}`;
const HATCH_FS = `
precision highp float;
uniform vec4 u_colour;
uniform float u_ratio;
uniform float u_period;
uniform float u_solid;
void main() {
  vec2 p = floor(gl_FragCoord.xy / u_ratio);
  float d = mod(p.x - p.y, u_period);
  if (u_solid < 0.5 && d > 0.5 && d < u_period - 1.5) discard;
  gl_FragColor = u_colour;
}`;

/** The stencil bit the hatch uses (maplibre's tile clipping masks use the low ones: ids 1, 2, … per frame). */
const HATCH_BIT = 0x80;

type Program = { program: WebGLProgram; at: (name: string) => WebGLUniformLocation | null; pos: number; ext: number };

function compile(gl: WebGLRenderingContext, vs: string, fs: string): Program {
  const program = gl.createProgram();
  for (const [type, source] of [[gl.VERTEX_SHADER, vs], [gl.FRAGMENT_SHADER, fs]] as const) {
    const shader = gl.createShader(type);
    if (!shader) throw new Error('WebGL: cannot create a shader');
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`WebGL: ${gl.getProgramInfoLog(program) ?? 'link failed'}`);
  const uniforms = new Map<string, WebGLUniformLocation | null>();
  const at = (name: string) => {
    if (!uniforms.has(name)) uniforms.set(name, gl.getUniformLocation(program, name));
    return uniforms.get(name) ?? null;
  };
  return { program, at, pos: gl.getAttribLocation(program, 'a_pos'), ext: gl.getAttribLocation(program, 'a_ext') };
}

/**
 * A layer of maplibre's stack drawn by the app's own WebGL: the lines or the hatch of the items
 * (units, or the department lines of a country) marked in a mask. Their vertices are built on the
 * main thread the first time an item is marked and uploaded when the mask changes: a new top N or
 * set of units without data goes to the screen in the next frame, with no trip to maplibre's worker
 * (a GeoJSON source's new data is tiled there, then its tiles again: two round trips of a busy
 * worker) and none of the tile clipping masks maplibre draws for every visible source in every
 * frame. One draw call per stroke (two for the hatch); nothing at all while no item is marked.
 */
export class MaskedLayer implements CustomLayerInterface {
  readonly type = 'custom';
  readonly renderingMode = '2d';
  #map: MaplibreMap | null = null;
  #gl: WebGLRenderingContext | null = null;
  #program: Program | null = null;
  #buffer: WebGLBuffer | null = null;
  #cover: WebGLBuffer | null = null;
  /** The lines or rings of each item (longitude/latitude). */
  #items: readonly number[][][][] = [];
  /** Each item's vertices, built when it is first marked. */
  readonly #built = new Map<number, { data: Float32Array; box: [number, number, number, number] }>();
  #mask: Uint8Array = new Uint8Array(0);
  /** Vertices in the buffer (0: nothing to draw). */
  #count = 0;
  #stale = false;

  constructor(
    readonly id: string,
    readonly style: MaskedStyle,
  ) {}

  /** The items' lines (rings of polygons, or lines), in item order; the mask keeps its marks. */
  setItems(items: readonly (GeoJSON.Geometry | null | undefined)[]): void {
    this.#items = items.map(linesOf);
    this.#built.clear();
    this.#changed();
  }

  /** Marks the items at 1 in `mask` (item order); drawn from the next frame. */
  setMask(mask: Uint8Array): void {
    this.#mask = mask;
    this.#changed();
  }

  /** Whether any item is marked (and so drawn). */
  get marked(): boolean {
    return this.#mask.some((m, i) => m === 1 && i < this.#items.length);
  }

  #changed(): void {
    this.#stale = true;
    this.#map?.triggerRepaint();
  }

  onAdd(map: MaplibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    this.#map = map;
    this.#gl = gl;
  }

  onRemove(_map: MaplibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    if (this.#buffer) gl.deleteBuffer(this.#buffer);
    if (this.#cover) gl.deleteBuffer(this.#cover);
    if (this.#program) gl.deleteProgram(this.#program.program);
    this.#map = null;
    this.#gl = null;
  }

  /** Compiles the layer's shaders now (a software renderer takes a while), not in the frame that first needs them. */
  warmUp(): void {
    if (this.#gl) this.#use(this.#gl);
  }

  #use(gl: WebGLRenderingContext): Program {
    this.#program ??= this.style.kind === 'lines' ? compile(gl, LINE_VS, COLOUR_FS) : compile(gl, AREA_VS, HATCH_FS);
    return this.#program;
  }

  #item(i: number): { data: Float32Array; box: [number, number, number, number] } {
    let b = this.#built.get(i);
    if (!b) {
      const lines = this.#items[i];
      const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const l of lines) {
        for (const p of l) {
          const [x, y] = mercator(p[0], p[1]);
          box[0] = Math.min(box[0], x);
          box[1] = Math.min(box[1], y);
          box[2] = Math.max(box[2], x);
          box[3] = Math.max(box[3], y);
        }
      }
      b = { data: this.style.kind === 'lines' ? lineQuads(lines) : ringFans(lines), box };
      this.#built.set(i, b);
    }
    return b;
  }

  /** The marked items' vertices into the buffer (and the box around them, for the hatch). */
  #upload(gl: WebGLRenderingContext): void {
    this.#stale = false;
    const parts: Float32Array[] = [];
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    let n = 0;
    for (let i = 0; i < this.#items.length && i < this.#mask.length; i++) {
      if (this.#mask[i] !== 1) continue;
      const b = this.#item(i);
      parts.push(b.data);
      n += b.data.length;
      box[0] = Math.min(box[0], b.box[0]);
      box[1] = Math.min(box[1], b.box[1]);
      box[2] = Math.max(box[2], b.box[2]);
      box[3] = Math.max(box[3], b.box[3]);
    }
    const data = new Float32Array(n);
    let k = 0;
    for (const p of parts) {
      data.set(p, k);
      k += p.length;
    }
    this.#buffer ??= gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.#buffer);
    gl.bufferData(gl.ARRAY_BUFFER, data, gl.DYNAMIC_DRAW);
    this.#count = n / (this.style.kind === 'lines' ? LINE_FLOATS : 2);
    if (this.style.kind === 'hatch') {
      const [x0, y0, x1, y1] = box;
      this.#cover ??= gl.createBuffer();
      gl.bindBuffer(gl.ARRAY_BUFFER, this.#cover);
      gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([x0, y0, x1, y0, x0, y1, x1, y0, x1, y1, x0, y1]), gl.DYNAMIC_DRAW);
    }
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    if (this.#stale) this.#upload(gl);
    if (this.#count === 0 || !this.#map) return;
    const p = this.#use(gl);
    gl.useProgram(p.program);
    gl.uniformMatrix4fv(p.at('u_matrix'), false, Float32Array.from(args.defaultProjectionData.mainMatrix));
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.CULL_FACE);
    const ratio = this.#map.getPixelRatio();
    if (this.style.kind === 'lines') this.#lines(gl, p, this.style.passes, ratio);
    else this.#hatch(gl, p, this.style, ratio);
  }

  #lines(gl: WebGLRenderingContext, p: Program, passes: readonly LinePass[], ratio: number): void {
    gl.bindBuffer(gl.ARRAY_BUFFER, this.#buffer);
    gl.enableVertexAttribArray(p.pos);
    gl.vertexAttribPointer(p.pos, 2, gl.FLOAT, false, 4 * LINE_FLOATS, 0);
    gl.enableVertexAttribArray(p.ext);
    gl.vertexAttribPointer(p.ext, 2, gl.FLOAT, false, 4 * LINE_FLOATS, 8);
    gl.uniform2f(p.at('u_px'), 2 / gl.drawingBufferWidth, 2 / gl.drawingBufferHeight);
    const zoom = this.#map?.getZoom() ?? 6;
    const grow = 1 + Math.min(1, Math.max(0, (zoom - 6) / 4));
    for (const pass of passes) {
      gl.uniform1f(p.at('u_half'), (pass.width * (pass.grows ? grow : 1) * ratio) / 2);
      gl.uniform4f(p.at('u_colour'), pass.rgb[0] / 255, pass.rgb[1] / 255, pass.rgb[2] / 255, 1);
      gl.drawArrays(gl.TRIANGLES, 0, this.#count);
    }
    gl.disableVertexAttribArray(p.ext);
  }

  /**
   * The polygons' pixels are flagged in one stencil bit by their triangle fans (INVERT: even–odd,
   * holes left out), then one rectangle around them draws the hatch where the bit is set and
   * clears it, leaving the stencil as maplibre had it.
   */
  #hatch(gl: WebGLRenderingContext, p: Program, style: Extract<MaskedStyle, { kind: 'hatch' }>, ratio: number): void {
    const painter = (this.#map as unknown as { painter?: { nextStencilID: number; clearStencil(): void } }).painter;
    // maplibre's ids reaching the hatch's bit (hundreds of tiles in one frame): cleared first.
    if (painter && painter.nextStencilID >= HATCH_BIT) painter.clearStencil();
    gl.useProgram(p.program);
    gl.enableVertexAttribArray(p.pos);
    gl.uniform1f(p.at('u_ratio'), ratio);
    gl.uniform1f(p.at('u_period'), style.period);
    gl.enable(gl.STENCIL_TEST);
    gl.stencilMask(HATCH_BIT);
    gl.colorMask(false, false, false, false);
    gl.stencilFunc(gl.ALWAYS, 0, HATCH_BIT);
    gl.stencilOp(gl.KEEP, gl.KEEP, gl.INVERT);
    // Pass 1 draws no colour and discards nothing: every fragment flips the bit.
    gl.uniform1f(p.at('u_solid'), 1);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.#buffer);
    gl.vertexAttribPointer(p.pos, 2, gl.FLOAT, false, 8, 0);
    gl.drawArrays(gl.TRIANGLES, 0, this.#count);
    gl.colorMask(true, true, true, true);
    gl.stencilFunc(gl.EQUAL, HATCH_BIT, HATCH_BIT);
    gl.stencilOp(gl.KEEP, gl.KEEP, gl.ZERO);
    gl.uniform1f(p.at('u_solid'), 0);
    const a = style.alpha;
    gl.uniform4f(p.at('u_colour'), (style.rgb[0] / 255) * a, (style.rgb[1] / 255) * a, (style.rgb[2] / 255) * a, a);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.#cover);
    gl.vertexAttribPointer(p.pos, 2, gl.FLOAT, false, 8, 0);
    gl.drawArrays(gl.TRIANGLES, 0, 6);
    gl.stencilMask(0xff);
    gl.disable(gl.STENCIL_TEST);
  }
}

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

/** Vertices of an item's lines ({@link lineQuads}) or rings ({@link ringFans}), without building them. */
function vertexCount(kind: MaskedStyle['kind'], lines: readonly (readonly number[])[][]): number {
  let n = 0;
  for (const l of lines) n += kind === 'lines' ? Math.max(0, l.length - 1) * 6 : Math.max(0, l.length - 2) * 3;
  return n;
}

/**
 * A layer of maplibre's stack drawn by the app's own WebGL: the lines or the hatch of the items
 * (units, or the department lines of a country) marked in a mask. Every item has its place in one
 * buffer (item order); its vertices are built on the main thread and uploaded there once, the
 * first time it is marked or while the page is idle ({@link MaskedLayer.warmUp}), never again: a
 * new mask (a new top N, another set of units without data) only changes which runs of the buffer
 * are drawn, from the next frame, with no trip to maplibre's worker (a GeoJSON source's new data
 * is tiled there, then its tiles again: two round trips of a busy worker), no geometry built or
 * uploaded in the frame that brings the new colours, and none of the tile clipping masks maplibre
 * draws for every visible source in every frame. One draw call per run of consecutive marked items
 * and stroke; nothing at all while no item is marked.
 */
export class MaskedLayer implements CustomLayerInterface {
  readonly type = 'custom';
  readonly renderingMode = '2d';
  #map: MaplibreMap | null = null;
  #gl: WebGLRenderingContext | null = null;
  #program: Program | null = null;
  #buffer: WebGLBuffer | null = null;
  /** Whether the buffer has its size for the items (set by their first upload). */
  #allocated = false;
  #cover: WebGLBuffer | null = null;
  /** The lines or rings of each item (longitude/latitude). */
  #items: readonly number[][][][] = [];
  /** Each item's first vertex in the buffer and its number of vertices. */
  #first = new Int32Array(0);
  #size = new Int32Array(0);
  /** Vertices in the buffer for all items. */
  #total = 0;
  /** Each item's box in web mercator (x0, y0, x1, y1), NaN until its vertices are built. */
  #boxes = new Float64Array(0);
  /** 1 once an item's vertices are built (in the buffer, or waiting in {@link MaskedLayer.#pending}). */
  #done = new Uint8Array(0);
  /** Items built and not yet in the buffer (uploaded at the start of the next frame). */
  readonly #pending = new Map<number, Float32Array>();
  #mask: Uint8Array = new Uint8Array(0);
  /** The runs of marked items to draw: first vertex, vertex count, … */
  #runs = new Int32Array(0);
  #runCount = 0;
  /** The box around the marked items (the hatch's cover), as last uploaded. */
  #coverBox = '';
  #stale = false;

  constructor(
    readonly id: string,
    readonly style: MaskedStyle,
  ) {}

  /** The items' lines (rings of polygons, or lines), in item order; the mask keeps its marks. */
  setItems(items: readonly (GeoJSON.Geometry | null | undefined)[]): void {
    this.#items = items.map(linesOf);
    const n = this.#items.length;
    this.#first = new Int32Array(n);
    this.#size = new Int32Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      this.#first[i] = total;
      this.#size[i] = vertexCount(this.style.kind, this.#items[i]);
      total += this.#size[i];
    }
    this.#total = total;
    this.#boxes = new Float64Array(4 * n).fill(NaN);
    this.#done = new Uint8Array(n);
    this.#pending.clear();
    this.#allocated = false;
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

  /**
   * Compiles the layer's shaders now (a software renderer takes a while) and builds the vertices of
   * every item not built yet (uploaded at the start of the next frame, with no other change on
   * screen), not in the frame that first needs them: meant for when the page is idle.
   */
  warmUp(): void {
    if (this.#gl) this.#use(this.#gl);
    for (let i = 0; i < this.#items.length; i++) this.#build(i);
    if (this.#pending.size) this.#map?.triggerRepaint();
  }

  #use(gl: WebGLRenderingContext): Program {
    this.#program ??= this.style.kind === 'lines' ? compile(gl, LINE_VS, COLOUR_FS) : compile(gl, AREA_VS, HATCH_FS);
    return this.#program;
  }

  /** Builds item `i`'s vertices and box, once (they wait in {@link MaskedLayer.#pending} for the buffer). */
  #build(i: number): void {
    if (this.#done[i] === 1) return;
    this.#done[i] = 1;
    const lines = this.#items[i];
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const l of lines) {
      for (const p of l) {
        const [x, y] = mercator(p[0], p[1]);
        if (x < x0) x0 = x;
        if (y < y0) y0 = y;
        if (x > x1) x1 = x;
        if (y > y1) y1 = y;
      }
    }
    this.#boxes.set([x0, y0, x1, y1], 4 * i);
    if (this.#size[i] > 0) this.#pending.set(i, this.style.kind === 'lines' ? lineQuads(lines) : ringFans(lines));
  }

  /** The runs of consecutive marked items (their vertices follow each other in the buffer) and, for the hatch, the box around them. */
  #marks(gl: WebGLRenderingContext): void {
    this.#stale = false;
    const n = Math.min(this.#items.length, this.#mask.length);
    const runs: number[] = [];
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      if (this.#mask[i] !== 1) continue;
      this.#build(i);
      const b = this.#boxes;
      if (b[4 * i] < x0) x0 = b[4 * i];
      if (b[4 * i + 1] < y0) y0 = b[4 * i + 1];
      if (b[4 * i + 2] > x1) x1 = b[4 * i + 2];
      if (b[4 * i + 3] > y1) y1 = b[4 * i + 3];
      if (this.#size[i] === 0) continue;
      const k = runs.length;
      if (k > 0 && runs[k - 2] + runs[k - 1] === this.#first[i]) runs[k - 1] += this.#size[i];
      else runs.push(this.#first[i], this.#size[i]);
    }
    this.#runs = Int32Array.from(runs);
    this.#runCount = runs.length / 2;
    if (this.style.kind !== 'hatch' || !this.#runCount) return;
    const key = `${x0},${y0},${x1},${y1}`;
    if (key === this.#coverBox) return;
    this.#coverBox = key;
    this.#cover ??= gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.#cover);
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([x0, y0, x1, y0, x0, y1, x1, y0, x1, y1, x0, y1]), gl.DYNAMIC_DRAW);
  }

  /** The items built since the last frame into their place in the buffer (sized for every item at the first upload). */
  #upload(gl: WebGLRenderingContext): void {
    const floats = this.style.kind === 'lines' ? LINE_FLOATS : 2;
    this.#buffer ??= gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.#buffer);
    if (!this.#allocated) {
      this.#allocated = true;
      gl.bufferData(gl.ARRAY_BUFFER, this.#total * floats * 4, gl.STATIC_DRAW);
    }
    for (const [i, data] of this.#pending) gl.bufferSubData(gl.ARRAY_BUFFER, this.#first[i] * floats * 4, data);
    this.#pending.clear();
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    if (this.#stale) this.#marks(gl);
    if (this.#pending.size) this.#upload(gl);
    if (this.#runCount === 0 || !this.#map) return;
    const p = this.#use(gl);
    gl.useProgram(p.program);
    gl.uniformMatrix4fv(p.at('u_matrix'), false, Float32Array.from(args.defaultProjectionData.mainMatrix));
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.CULL_FACE);
    const ratio = this.#map.getPixelRatio();
    if (this.style.kind === 'lines') this.#lines(gl, p, this.style.passes, ratio);
    else this.#hatch(gl, p, this.style, ratio);
  }

  /** One draw call per run of marked items. */
  #drawRuns(gl: WebGLRenderingContext): void {
    for (let r = 0; r < this.#runCount; r++) gl.drawArrays(gl.TRIANGLES, this.#runs[2 * r], this.#runs[2 * r + 1]);
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
      this.#drawRuns(gl);
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
    this.#drawRuns(gl);
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

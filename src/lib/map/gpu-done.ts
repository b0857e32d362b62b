/**
 * Resolves once the GPU has carried out every command given to `gl` so far: a WebGL2 fence, its
 * status read between tasks (WebGL updates it only then), so nothing blocks. The frame drawn just
 * before is then rasterised (in a software renderer, SwiftShader, the GPU process's seconds on a
 * loaded machine) and goes to the screen with the compositor's next frame. At once without WebGL2;
 * after `maxMs` at the latest (a lost context, a driver that never says).
 * https://registry.khronos.org/webgl/specs/latest/2.0/#5.27
 */
export function gpuDone(gl: WebGL2RenderingContext | null, maxMs = 10_000): Promise<void> {
  const sync = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0) ?? null;
  if (!gl || !sync) return Promise.resolve();
  gl.flush();
  const until = performance.now() + maxMs;
  return new Promise((resolve) => {
    const check = () => {
      if (gl.isContextLost() || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED || performance.now() > until) {
        gl.deleteSync(sync);
        resolve();
      } else setTimeout(check, 4);
    };
    setTimeout(check, 0);
  });
}

/**
 * The WebAssembly text of the hotspot kernels (src/lib/analysis/hotspot-kernels.ts), written by
 * hand; `next(u)` expands the generator step inline (WebAssembly text has no macros, and a call
 * per random number would cost as much as the step). Assembled by scripts/build-hotspot-kernels.ts.
 *
 * Memory layout, set by the caller: bytes 0 … 15 hold the xoshiro128** state (four uint32, as
 * `Rng.saveState` writes them); each kernel reads it into locals and writes it back, so that the
 * numbers it takes are exactly those `rng.fill` would have given, in the same order.
 *
 * Every floating-point operation is the one the JavaScript path does, in the same order (f64x2
 * lanes are independent IEEE operations, no fused multiply-add), so the results are bit for bit
 * the JavaScript path's.
 */

/** xoshiro128** 1.1 step (rng.ts): output into local `u`, state in locals a, b, c, d. */
function next(u: string): string {
  return `
    (local.set $m (i32.mul (local.get $b) (i32.const 5)))
    (local.set ${u} (i32.mul (i32.rotl (local.get $m) (i32.const 7)) (i32.const 9)))
    (local.set $t (i32.shl (local.get $b) (i32.const 9)))
    (local.set $c (i32.xor (local.get $c) (local.get $a)))
    (local.set $d (i32.xor (local.get $d) (local.get $b)))
    (local.set $b (i32.xor (local.get $b) (local.get $c)))
    (local.set $a (i32.xor (local.get $a) (local.get $d)))
    (local.set $c (i32.xor (local.get $c) (local.get $t)))
    (local.set $d (i32.rotl (local.get $d) (i32.const 11)))`;
}

const STATE_LOCALS = '(local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $m i32) (local $t i32) (local $u i32)';
const LOAD_STATE = `
    (local.set $a (i32.load (i32.const 0)))
    (local.set $b (i32.load (i32.const 4)))
    (local.set $c (i32.load (i32.const 8)))
    (local.set $d (i32.load (i32.const 12)))`;
const STORE_STATE = `
    (i32.store (i32.const 0) (local.get $a))
    (i32.store (i32.const 4) (local.get $b))
    (i32.store (i32.const 8) (local.get $c))
    (i32.store (i32.const 12) (local.get $d))`;

/** Lane `c` of the global shuffle step: swap position $bp (+8c) with a random position below it. */
function laneSwap(c: number): string {
  const o = 8 * c;
  return `${next('$u')}
    (local.set $r (i32.add (local.get $S) (i32.shl
      (i32.trunc_f64_s (f64.mul (f64.convert_i32_u (local.get $u)) (local.get $scale))) (i32.const 5))))
    (local.set $z (f64.load offset=${o} (local.get $r)))
    (f64.store offset=${o} (local.get $r) (f64.load offset=${o} (local.get $bp)))
    (f64.store offset=${o} (local.get $bp) (local.get $z))`;
}

/** The row sums s01, s23 over folded pairs k = $k … $end − 1 ($hi holds 32·j, $w the weights). */
const ROW_SUMS = `
      (local.set $s01 (v128.const f64x2 0 0))
      (local.set $s23 (v128.const f64x2 0 0))
      (block $kd
        (loop $kl
          (br_if $kd (i32.ge_s (local.get $k) (local.get $end)))
          (local.set $y (i32.add (local.get $S) (i32.load (i32.add (local.get $hi) (i32.shl (local.get $k) (i32.const 2))))))
          (local.set $wv (f64x2.splat (f64.load (i32.add (local.get $w) (i32.shl (local.get $k) (i32.const 3))))))
          (local.set $s01 (f64x2.add (local.get $s01) (f64x2.mul (local.get $wv) (v128.load (local.get $y)))))
          (local.set $s23 (f64x2.add (local.get $s23) (f64x2.mul (local.get $wv) (v128.load offset=16 (local.get $y)))))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br $kl)))`;

/** One permutation's weighted row sum, scalar: $s = Σ w[k]·S[hi[k]] for k from $k to $end − 1 (byte addresses). */
const ROW_SUM = `
    (local.set $s (f64.const 0))
    (block $kd
      (loop $kl
        (br_if $kd (i32.ge_s (local.get $k) (local.get $end)))
        (local.set $s (f64.add (local.get $s) (f64.mul
          (f64.load (i32.add (local.get $w) (i32.shl (local.get $k) (i32.const 3))))
          (f64.load (i32.add (local.get $S) (i32.load (i32.add (local.get $hi) (i32.shl (local.get $k) (i32.const 2)))))))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $kl)))`;

export const HOTSPOT_KERNELS_WAT = `(module
  (memory (export "memory") 1)

  ;; global-moran.ts permuteGroup, four lanes: one Fisher–Yates step per lane, then row i's folded
  ;; pairs for the four lanes (two f64x2), for i = n − 1 … 1, then row 0. Lane c of unit i at
  ;; S + 32·i + 8·c. Writes the four z'Wz at $out. n ≥ 1.
  (func (export "globalGroup") (param $n i32) (param $off i32) (param $hi i32) (param $w i32) (param $S i32) (param $out i32)
    ${STATE_LOCALS}
    (local $i i32) (local $end i32) (local $start i32) (local $k i32) (local $bp i32) (local $r i32) (local $y i32)
    (local $scale f64) (local $z f64)
    (local $a01 v128) (local $a23 v128) (local $s01 v128) (local $s23 v128) (local $wv v128)
    ${LOAD_STATE}
    (local.set $end (i32.load (i32.add (local.get $off) (i32.shl (local.get $n) (i32.const 2)))))
    (local.set $i (i32.sub (local.get $n) (i32.const 1)))
    (block $done
      (loop $rows
        (br_if $done (i32.le_s (local.get $i) (i32.const 0)))
        (local.set $scale (f64.mul (f64.convert_i32_s (i32.add (local.get $i) (i32.const 1))) (f64.const 0x1p-32)))
        (local.set $bp (i32.add (local.get $S) (i32.shl (local.get $i) (i32.const 5))))
        ${laneSwap(0)}
        ${laneSwap(1)}
        ${laneSwap(2)}
        ${laneSwap(3)}
        (local.set $start (i32.load (i32.add (local.get $off) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $k (local.get $start))
        ${ROW_SUMS}
        (local.set $end (local.get $start))
        (local.set $a01 (f64x2.add (local.get $a01) (f64x2.mul (v128.load (local.get $bp)) (local.get $s01))))
        (local.set $a23 (f64x2.add (local.get $a23) (f64x2.mul (v128.load offset=16 (local.get $bp)) (local.get $s23))))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (br $rows)))
    (local.set $k (i32.const 0))
    ${ROW_SUMS}
    (local.set $a01 (f64x2.add (local.get $a01) (f64x2.mul (v128.load (local.get $S)) (local.get $s01))))
    (local.set $a23 (f64x2.add (local.get $a23) (f64x2.mul (v128.load offset=16 (local.get $S)) (local.get $s23))))
    (v128.store (local.get $out) (local.get $a01))
    (v128.store offset=16 (local.get $out) (local.get $a23))
    ${STORE_STATE})

  ;; conditional-permutation.ts drawTable, rejection branch (2K ≤ pool): L rows of K distinct
  ;; positions in 0 … pool − 1 at $table (int32), a position already in the row drawn again
  ;; ($seen: int32 per position, zero on entry, = the row's stamp when taken), then $extra offsets
  ;; in 0 … L − 1 at $offs. The JavaScript path takes the numbers 4,096 at a time and drops what is
  ;; left of the last batch: the state is moved on to the same place.
  (func (export "drawTable") (param $table i32) (param $L i32) (param $K i32) (param $pool i32) (param $offs i32) (param $extra i32) (param $seen i32)
    ${STATE_LOCALS}
    (local $count i32) (local $e i32) (local $total i32) (local $rowEnd i32) (local $stamp i32) (local $r i32) (local $sp i32) (local $i i32)
    (local $scale f64) (local $fl f64)
    ${LOAD_STATE}
    (local.set $scale (f64.mul (f64.convert_i32_s (local.get $pool)) (f64.const 0x1p-32)))
    (local.set $total (i32.mul (local.get $L) (local.get $K)))
    (local.set $stamp (i32.const 1))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.ge_s (local.get $e) (local.get $total)))
        (local.set $rowEnd (i32.add (local.get $e) (local.get $K)))
        (loop $entries
          (loop $draw
            ${next('$u')}
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (local.set $r (i32.trunc_f64_s (f64.mul (f64.convert_i32_u (local.get $u)) (local.get $scale))))
            (local.set $sp (i32.add (local.get $seen) (i32.shl (local.get $r) (i32.const 2))))
            (br_if $draw (i32.eq (i32.load (local.get $sp)) (local.get $stamp))))
          (i32.store (local.get $sp) (local.get $stamp))
          (i32.store (i32.add (local.get $table) (i32.shl (local.get $e) (i32.const 2))) (local.get $r))
          (local.set $e (i32.add (local.get $e) (i32.const 1)))
          (br_if $entries (i32.lt_s (local.get $e) (local.get $rowEnd))))
        (local.set $stamp (i32.add (local.get $stamp) (i32.const 1)))
        (br $rows)))
    (local.set $fl (f64.convert_i32_s (local.get $L)))
    (block $offsDone
      (loop $offsets
        (br_if $offsDone (i32.ge_s (local.get $i) (local.get $extra)))
        ${next('$u')}
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (i32.store (i32.add (local.get $offs) (i32.shl (local.get $i) (i32.const 2)))
          (i32.trunc_f64_s (f64.mul (f64.mul (f64.convert_i32_u (local.get $u)) (f64.const 0x1p-32)) (local.get $fl))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $offsets)))
    (block $skipped
      (loop $skip
        (br_if $skipped (i32.eqz (i32.and (local.get $count) (i32.const 4095))))
        ${next('$u')}
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (br $skip)))
    ${STORE_STATE})
  ;; conditional-permutation.ts prefixSums: prefix (f64, column-major, entry (k − 1)·L + row) of
  ;; the running sums of x[table entry] along each row of K entries.
  (func (export "prefixSums") (param $table i32) (param $L i32) (param $K i32) (param $x i32) (param $prefix i32)
    (local $row i32) (local $e i32) (local $j i32) (local $at i32) (local $stride i32) (local $sum f64)
    (local.set $stride (i32.shl (local.get $L) (i32.const 3)))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_s (local.get $row) (local.get $L)))
        (local.set $sum (f64.const 0))
        (local.set $at (i32.add (local.get $prefix) (i32.shl (local.get $row) (i32.const 3))))
        (local.set $j (i32.const 0))
        (block $rowDone
          (loop $entries
            (br_if $rowDone (i32.ge_s (local.get $j) (local.get $K)))
            (local.set $sum (f64.add (local.get $sum)
              (f64.load (i32.add (local.get $x) (i32.shl (i32.load (i32.add (local.get $table) (i32.shl (local.get $e) (i32.const 2)))) (i32.const 3))))))
            (f64.store (local.get $at) (local.get $sum))
            (local.set $at (i32.add (local.get $at) (local.get $stride)))
            (local.set $e (i32.add (local.get $e) (i32.const 1)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $entries)))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $rows))))

  ;; conditional-permutation.ts invertTable: for each position r < pool, the rows (ascending) in
  ;; which r appears among the first kᵣ entries (kᵣ = offsets[r + 1] − offsets[r]): CSR $start
  ;; (pool + 1 int32, zero on entry) and $rows; $fill: pool int32 of scratch. $total = L·K.
  (func (export "invertTable") (param $table i32) (param $total i32) (param $pool i32) (param $K i32) (param $offsets i32) (param $start i32) (param $rows i32) (param $fill i32)
    (local $e i32) (local $m i32) (local $r i32) (local $row i32) (local $p i32) (local $q i32)
    (block $done
      (loop $count
        (br_if $done (i32.ge_s (local.get $e) (local.get $total)))
        (local.set $r (i32.load (i32.add (local.get $table) (i32.shl (local.get $e) (i32.const 2)))))
        (local.set $p (i32.add (local.get $offsets) (i32.shl (local.get $r) (i32.const 2))))
        (if (i32.lt_s (local.get $m) (i32.sub (i32.load offset=4 (local.get $p)) (i32.load (local.get $p))))
          (then
            (local.set $q (i32.add (local.get $start) (i32.shl (local.get $r) (i32.const 2))))
            (i32.store offset=4 (local.get $q) (i32.add (i32.load offset=4 (local.get $q)) (i32.const 1)))))
        (local.set $m (i32.add (local.get $m) (i32.const 1)))
        (if (i32.eq (local.get $m) (local.get $K)) (then (local.set $m (i32.const 0))))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        (br $count)))
    (local.set $r (i32.const 0))
    (block $done
      (loop $sum
        (br_if $done (i32.ge_s (local.get $r) (local.get $pool)))
        (local.set $q (i32.add (local.get $start) (i32.shl (local.get $r) (i32.const 2))))
        (i32.store (i32.add (local.get $fill) (i32.shl (local.get $r) (i32.const 2))) (i32.load (local.get $q)))
        (i32.store offset=4 (local.get $q) (i32.add (i32.load offset=4 (local.get $q)) (i32.load (local.get $q))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $sum)))
    (local.set $e (i32.const 0))
    (local.set $m (i32.const 0))
    (block $done
      (loop $place
        (br_if $done (i32.ge_s (local.get $e) (local.get $total)))
        (local.set $r (i32.load (i32.add (local.get $table) (i32.shl (local.get $e) (i32.const 2)))))
        (local.set $p (i32.add (local.get $offsets) (i32.shl (local.get $r) (i32.const 2))))
        (if (i32.lt_s (local.get $m) (i32.sub (i32.load offset=4 (local.get $p)) (i32.load (local.get $p))))
          (then
            (local.set $q (i32.add (local.get $fill) (i32.shl (local.get $r) (i32.const 2))))
            (i32.store (i32.add (local.get $rows) (i32.shl (i32.load (local.get $q)) (i32.const 2))) (local.get $row))
            (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))))
        (local.set $m (i32.add (local.get $m) (i32.const 1)))
        (if (i32.eq (local.get $m) (local.get $K))
          (then
            (local.set $m (i32.const 0))
            (local.set $row (i32.add (local.get $row) (i32.const 1)))))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        (br $place))))

  (global $ge (mut i32) (i32.const 0))
  (global $le (mut i32) (i32.const 0))

  ;; Adds #{d ≥ −tol} to $ge and #{d ≤ tol} to $le, d = v − observed over the len f64 at $p
  ;; (two at a time: f64x2 compares give all-ones lanes, subtracted from the counts).
  (func $count (param $p i32) (param $len i32) (param $observed f64) (param $tol f64)
    (local $end i32) (local $pairsEnd i32) (local $vo v128) (local $vneg v128) (local $vtol v128)
    (local $cge v128) (local $cle v128) (local $dv v128) (local $d f64)
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $len) (i32.const 3))))
    (local.set $pairsEnd (i32.add (local.get $p) (i32.shl (i32.and (local.get $len) (i32.const -2)) (i32.const 3))))
    (local.set $vo (f64x2.splat (local.get $observed)))
    (local.set $vneg (f64x2.splat (f64.neg (local.get $tol))))
    (local.set $vtol (f64x2.splat (local.get $tol)))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $p) (local.get $pairsEnd)))
        (local.set $dv (f64x2.sub (v128.load (local.get $p)) (local.get $vo)))
        (local.set $cge (i64x2.sub (local.get $cge) (f64x2.ge (local.get $dv) (local.get $vneg))))
        (local.set $cle (i64x2.sub (local.get $cle) (f64x2.le (local.get $dv) (local.get $vtol))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $pairs)))
    (global.set $ge (i32.add (global.get $ge) (i32.wrap_i64 (i64.add (i64x2.extract_lane 0 (local.get $cge)) (i64x2.extract_lane 1 (local.get $cge))))))
    (global.set $le (i32.add (global.get $le) (i32.wrap_i64 (i64.add (i64x2.extract_lane 0 (local.get $cle)) (i64x2.extract_lane 1 (local.get $cle))))))
    (if (i32.lt_u (local.get $p) (local.get $end))
      (then
        (local.set $d (f64.sub (f64.load (local.get $p)) (local.get $observed)))
        (global.set $ge (i32.add (global.get $ge) (f64.ge (local.get $d) (f64.neg (local.get $tol)))))
        (global.set $le (i32.add (global.get $le) (f64.le (local.get $d) (local.get $tol)))))))

  ;; conditional-permutation.ts uniformUnit: the folded count M = min(#{sim ≥ obs}, #{sim ≤ obs})
  ;; of unit i (the caller makes p = (M + 1) / (R + 1)). $base: address of the unit's prefix
  ;; column; $x: the values (f64), position pool standing for unit i; $start/$rows: invertTable's.
  (func (export "uniformUnit") (param $i i32) (param $observed f64) (param $sign f64) (param $tol f64) (param $offset i32) (param $R i32) (param $L i32)
    (param $base i32) (param $x i32) (param $pool i32) (param $start i32) (param $rows i32) (result i32)
    (local $first i32) (local $e i32) (local $eEnd i32) (local $row i32) (local $p i32) (local $swap f64) (local $v f64) (local $before f64) (local $after f64)
    (local $negtol f64) (local $atLeast i32) (local $atMost i32)
    (global.set $ge (i32.const 0))
    (global.set $le (i32.const 0))
    (local.set $first (select (local.get $R) (i32.sub (local.get $L) (local.get $offset))
      (i32.lt_s (local.get $R) (i32.sub (local.get $L) (local.get $offset)))))
    (call $count (i32.add (local.get $base) (i32.shl (local.get $offset) (i32.const 3))) (local.get $first) (local.get $observed) (local.get $tol))
    (call $count (local.get $base) (i32.sub (local.get $R) (local.get $first)) (local.get $observed) (local.get $tol))
    (local.set $negtol (f64.neg (local.get $tol)))
    (if (i32.lt_s (local.get $i) (local.get $pool))
      (then
        (local.set $swap (f64.sub
          (f64.load (i32.add (local.get $x) (i32.shl (local.get $pool) (i32.const 3))))
          (f64.load (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 3))))))
        (local.set $e (i32.load (i32.add (local.get $start) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $eEnd (i32.load offset=4 (i32.add (local.get $start) (i32.shl (local.get $i) (i32.const 2)))))
        (block $done
          (loop $corrections
            (br_if $done (i32.ge_s (local.get $e) (local.get $eEnd)))
            (local.set $row (i32.load (i32.add (local.get $rows) (i32.shl (local.get $e) (i32.const 2)))))
            (local.set $e (i32.add (local.get $e) (i32.const 1)))
            (local.set $p (i32.sub (local.get $row) (local.get $offset)))
            (if (i32.lt_s (local.get $p) (i32.const 0)) (then (local.set $p (i32.add (local.get $p) (local.get $L)))))
            (br_if $corrections (i32.ge_s (local.get $p) (local.get $R)))
            (local.set $v (f64.load (i32.add (local.get $base) (i32.shl (local.get $row) (i32.const 3)))))
            (local.set $before (f64.sub (local.get $v) (local.get $observed)))
            (local.set $after (f64.sub (f64.add (local.get $v) (local.get $swap)) (local.get $observed)))
            (global.set $ge (i32.sub (i32.add (global.get $ge) (f64.ge (local.get $after) (local.get $negtol))) (f64.ge (local.get $before) (local.get $negtol))))
            (global.set $le (i32.sub (i32.add (global.get $le) (f64.le (local.get $after) (local.get $tol))) (f64.le (local.get $before) (local.get $tol))))
            (br $corrections)))))
    (if (f64.gt (local.get $sign) (f64.const 0))
      (then (local.set $atLeast (global.get $ge)) (local.set $atMost (global.get $le)))
      (else (local.set $atLeast (global.get $le)) (local.set $atMost (global.get $ge))))
    (select (local.get $atLeast) (local.get $atMost) (i32.lt_s (local.get $atLeast) (local.get $atMost))))
  ;; global-moran.ts permuteOne, one permutation: Fisher–Yates steps i = n − 1 … 1 over the values
  ;; at $S (f64), each followed by row i's folded pairs ($hi holds 8·j), then row 0. Returns z'Wz
  ;; without self links. n ≥ 1.
  (func (export "globalOne") (param $n i32) (param $off i32) (param $hi i32) (param $w i32) (param $S i32) (result f64)
    ${STATE_LOCALS}
    (local $i i32) (local $end i32) (local $start i32) (local $k i32) (local $bp i32) (local $r i32)
    (local $zi f64) (local $s f64) (local $total f64)
    ${LOAD_STATE}
    (local.set $end (i32.load (i32.add (local.get $off) (i32.shl (local.get $n) (i32.const 2)))))
    (local.set $i (i32.sub (local.get $n) (i32.const 1)))
    (block $done
      (loop $rows
        (br_if $done (i32.le_s (local.get $i) (i32.const 0)))
        ${next('$u')}
        (local.set $r (i32.add (local.get $S) (i32.shl (i32.trunc_f64_s (f64.mul
          (f64.mul (f64.convert_i32_u (local.get $u)) (f64.const 0x1p-32))
          (f64.convert_i32_s (i32.add (local.get $i) (i32.const 1))))) (i32.const 3))))
        (local.set $bp (i32.add (local.get $S) (i32.shl (local.get $i) (i32.const 3))))
        (local.set $zi (f64.load (local.get $r)))
        (f64.store (local.get $r) (f64.load (local.get $bp)))
        (f64.store (local.get $bp) (local.get $zi))
        (local.set $start (i32.load (i32.add (local.get $off) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $k (local.get $start))
        ${ROW_SUM}
        (local.set $end (local.get $start))
        (local.set $total (f64.add (local.get $total) (f64.mul (local.get $zi) (local.get $s))))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (br $rows)))
    (local.set $k (i32.const 0))
    ${ROW_SUM}
    (local.set $total (f64.add (local.get $total) (f64.mul (f64.load (local.get $S)) (local.get $s))))
    ${STORE_STATE}
    (local.get $total))
)
`;

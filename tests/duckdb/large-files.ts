/**
 * Large generated import files (built in memory, never committed), shared by the correctness test
 * of importing them (tests/duckdb/large-imports.test.ts) and by the benchmark that times the same
 * imports in Node (scripts/bench/node-import-bench.ts): the test checks what comes out, the bench
 * reports how long it took, so that a busy machine never fails a test on a wall-clock bound.
 */

/** A 100,000-row investment list like a planner's export: `;`, decimal comma, Latin-1 accents. */
export function plannerInvestmentCsv(rows: number): Uint8Array {
  const donors = ['USAID', 'BID', 'Banco Mundial', 'AECID', 'JICA', 'Unión Europea'];
  const sectors = ['Educación', 'Salud', 'Agua y saneamiento', 'Gobernabilidad', 'Seguridad alimentaria'];
  const lines = ['id;donante;sector;titulo;codigo_muni;municipio;monto_usd;anio_inicio;anio_fin;lat;lon'];
  for (let i = 0; i < rows; i++) {
    const muni = String(101 + (i % 2200)).padStart(4, '0');
    const amount = ((i * 7919) % 5_000_000) + 0.25;
    lines.push(
      [
        `P-${i}`,
        donors[i % donors.length],
        sectors[i % sectors.length],
        `Proyecto ${i} de desarrollo rural, fase ${i % 3}`,
        muni,
        `Municipio Ñandú ${i % 340}`,
        amount.toFixed(2).replace('.', ','),
        2010 + (i % 12),
        2013 + (i % 12),
        (13 + (i % 600) / 100).toFixed(5).replace('.', ','),
        (-92 + (i % 700) / 100).toFixed(5).replace('.', ','),
      ].join(';'),
    );
  }
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

/** About `targetBytes` of GeoJSON: polygons of 60 vertices with a few properties. */
export function bigGeoJson(targetBytes: number): Uint8Array {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const cx = -91 + (i % 100) * 0.05;
    const cy = 13.5 + Math.floor(i / 100) * 0.01;
    const ring: number[][] = [];
    for (let k = 0; k < 60; k++) ring.push([+(cx + 0.02 * Math.cos((k / 60) * 2 * Math.PI)).toFixed(6), +(cy + 0.02 * Math.sin((k / 60) * 2 * Math.PI)).toFixed(6)]);
    ring.push(ring[0]);
    const f = JSON.stringify({ type: 'Feature', properties: { codigo: `GT${String(i).padStart(4, '0')}`, nombre: `Municipio ${i}`, valor: i * 0.5 }, geometry: { type: 'Polygon', coordinates: [ring] } });
    parts.push(f);
    size += f.length + 1;
  }
  return new TextEncoder().encode(`{"type":"FeatureCollection","features":[${parts.join(',')}]}`);
}

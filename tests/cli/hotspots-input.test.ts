// `focal hotspots`, the parts around the statistics: the command line, reading the GeoJSON and the
// CSV (every refusal with its message), and the result file.
import { describe, expect, it } from 'vitest';
import { HOTSPOT_CLI_DEFAULTS, parseHotspotsArgs } from '../../src/cli/hotspots-args.ts';
import { hotspotRows, hotspotsCsv } from '../../src/cli/hotspots-csv.ts';
import { readBoundaries } from '../../src/cli/read-boundaries.ts';
import { readUnitValues } from '../../src/cli/read-unit-values.ts';
import { UsageError } from '../../src/cli/usage-error.ts';
import { gridGeoJson, writeInputs } from './hotspots-grid.ts';

const BASE = ['--boundaries', 'b.geojson', '--id', 'uid', '--data', 'v.csv', '--key', 'uid', '--value', 'x', '--out', 'o.csv'];
const parse = (...extra: string[]) => parseHotspotsArgs([...BASE, ...extra]);
const usageError = (...args: string[]) => {
  try {
    parseHotspotsArgs(args);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('no UsageError');
};

describe('parseHotspotsArgs', () => {
  it('takes the app defaults: Moran, queen, 500 m, 999 permutations, FDR 0.05, seed 20240917', () => {
    expect(parse()).toEqual({
      boundaries: 'b.geojson', id: 'uid', data: 'v.csv', key: 'uid', value: 'x', out: 'o.csv',
      statistic: 'moran', contiguity: 'queen', snapMeters: 500, permutations: 999, seed: 20240917, alpha: 0.05, correction: 'fdr',
    });
    expect(HOTSPOT_CLI_DEFAULTS.seed).toBe(20240917);
  });

  it('reads every option', () => {
    const a = parse('--stat', 'gistar', '--contiguity', 'rook', '--snap', '0', '--permutations', '9999', '--seed', '7', '--fdr', '0.1')!;
    expect([a.statistic, a.contiguity, a.snapMeters, a.permutations, a.seed, a.correction, a.alpha]).toEqual(['gistar', 'rook', 0, 9999, 7, 'fdr', 0.1]);
    expect(parse('--statistic', 'geary')!.statistic).toBe('geary');
    expect(parse('--stat', 'geary')!.statistic).toBe('geary');
    expect([parse('--bonferroni', '0.01')!.correction, parse('--bonferroni', '0.01')!.alpha]).toEqual(['bonferroni', 0.01]);
    expect([parse('--alpha', '0.05')!.correction, parse('--alpha', '0.05')!.alpha]).toEqual(['none', 0.05]);
  });

  it('returns null for --help', () => {
    expect(parseHotspotsArgs(['--help'])).toBeNull();
    expect(parseHotspotsArgs(['-h'])).toBeNull();
  });

  it('names every missing required option', () => {
    expect(usageError()).toBe('missing --boundaries, --id, --data, --key, --value and --out');
    expect(usageError('--boundaries', 'b', '--id', 'i', '--data', 'd', '--key', 'k', '--value', 'v')).toBe('missing --out');
  });

  it('refuses bad values, naming the option and what it takes', () => {
    expect(usageError(...BASE, '--stat', 'lisa')).toBe('--stat must be moran, gistar or geary, not "lisa"');
    expect(usageError(...BASE, '--statistic', 'lisa')).toBe('--statistic must be moran, gistar or geary, not "lisa"');
    expect(usageError(...BASE, '--stat', 'geary', '--statistic', 'geary')).toBe('give only one of --stat, --statistic');
    expect(usageError(...BASE, '--contiguity', 'bishop')).toBe('--contiguity must be queen or rook, not "bishop"');
    expect(usageError(...BASE, '--snap=-1')).toBe('--snap must be a distance in metres from 0 to 100000, not "-1"');
    expect(usageError(...BASE, '--snap', '5km')).toBe('--snap must be a distance in metres from 0 to 100000, not "5km"');
    expect(usageError(...BASE, '--permutations', '99.5')).toBe('--permutations must be a whole number from 9 to 99999, not "99.5"');
    expect(usageError(...BASE, '--permutations', '0')).toBe('--permutations must be a whole number from 9 to 99999, not "0"');
    expect(usageError(...BASE, '--seed=-3')).toBe('--seed must be an integer from 0 to 4294967295, not "-3"');
    expect(usageError(...BASE, '--seed', '0x10')).toBe('--seed must be an integer from 0 to 4294967295, not "0x10"');
    expect(usageError(...BASE, '--fdr', '5')).toBe('--fdr must be a level between 0 and 1 (e.g. 0.05), not "5"');
    expect(usageError(...BASE, '--alpha', '')).toBe('--alpha must be a level between 0 and 1 (e.g. 0.05), not ""');
    expect(usageError(...BASE, '--fdr', '0.05', '--alpha', '0.05')).toBe('give only one of --fdr, --alpha');
    expect(usageError(...BASE, '--correction', 'fdr')).toContain("Unknown option '--correction'");
    expect(usageError(...BASE, 'extra')).toContain("Unexpected argument 'extra'");
  });
});

describe('readBoundaries', () => {
  it('reads the features and their ids in file order (numbers as text, spaces trimmed)', () => {
    const g = gridGeoJson(1, 3);
    g.features[1].properties!.uid = ' mid ';
    g.features[2].properties!.uid = 1001;
    const { boundaries } = writeInputs(g, '');
    const b = readBoundaries(boundaries, 'uid');
    expect(b.ids).toEqual(['u0000', 'mid', '1001']);
    expect(b.features).toHaveLength(3);
    expect(b.features[2].geometry.type).toBe('Polygon');
  });

  it('takes a lone Feature and MultiPolygons', () => {
    const f = gridGeoJson(1, 1).features[0];
    const multi = { ...f, geometry: { type: 'MultiPolygon', coordinates: [f.geometry.coordinates] } };
    expect(readBoundaries(writeInputs(multi, '').boundaries, 'uid').ids).toEqual(['u0000']);
  });

  it('refuses a missing file, bad JSON, TopoJSON, an empty collection', () => {
    expect(() => readBoundaries('/nonexistent/b.geojson', 'uid')).toThrow('cannot read the boundaries /nonexistent/b.geojson: no such file');
    const bad = writeInputs('{"type": "FeatureCollection", ', '').boundaries;
    expect(() => readBoundaries(bad, 'uid')).toThrow(`${bad} is not valid JSON: `);
    const topo = writeInputs({ type: 'Topology', objects: {}, arcs: [] }, '').boundaries;
    expect(() => readBoundaries(topo, 'uid')).toThrow(`${topo} is TopoJSON; focal hotspots reads GeoJSON`);
    const other = writeInputs({ type: 'GeometryCollection', geometries: [] }, '').boundaries;
    expect(() => readBoundaries(other, 'uid')).toThrow(`${other} is not a GeoJSON FeatureCollection`);
    const empty = writeInputs({ type: 'FeatureCollection', features: [] }, '').boundaries;
    expect(() => readBoundaries(empty, 'uid')).toThrow(`${empty} has no features`);
  });

  it('refuses an --id no feature has, listing the properties there are', () => {
    const { boundaries } = writeInputs(gridGeoJson(2, 2), '');
    expect(() => readBoundaries(boundaries, 'code')).toThrow(`${boundaries}: no feature has a property code (--id); their properties: uid, n`);
  });

  it('refuses features without an id, with a repeated id, or without polygons', () => {
    const g = gridGeoJson(2, 3);
    g.features[1].properties!.uid = '';
    g.features[4].properties!.uid = null;
    const noId = writeInputs(g, '').boundaries;
    expect(() => readBoundaries(noId, 'uid')).toThrow(`${noId}: 2 feature(s) without a uid (--id), e.g. feature 2, 5 (counting from 1)`);
    const d = gridGeoJson(2, 3);
    d.features[3].properties!.uid = 'u0000';
    d.features[5].properties!.uid = 'u0000';
    const dup = writeInputs(d, '').boundaries;
    expect(() => readBoundaries(dup, 'uid')).toThrow(`${dup}: 1 uid value(s) used by more than one feature: "u0000"`);
    const p = gridGeoJson(1, 3) as { features: { geometry: unknown }[] };
    p.features[0].geometry = { type: 'Point', coordinates: [0, 0] };
    p.features[2].geometry = null;
    const points = writeInputs(p, '').boundaries;
    expect(() => readBoundaries(points, 'uid')).toThrow(`${points}: 2 feature(s) are not polygons, which have no neighbours: u0000 (Point), u0002 (no geometry)`);
  });
});

describe('readUnitValues', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('aligns the values to the boundary ids; empty, NA and NaN are missing', () => {
    const { data } = writeInputs({}, '\uFEFFx,uid,other\n3.5,c,z\n-1e2,a,z\nNA,b,z\n,d,z\n');
    const v = readUnitValues(data, 'uid', 'x', ids, 'b.geojson');
    expect(Array.from(v)).toEqual([-100, NaN, 3.5, NaN]);
  });

  it('refuses a missing file and missing columns, listing the columns there are', () => {
    expect(() => readUnitValues('/nonexistent/v.csv', 'uid', 'x', ids, 'b')).toThrow('cannot read the data /nonexistent/v.csv: no such file');
    const { data } = writeInputs({}, 'id,y\na,1\n');
    expect(() => readUnitValues(data, 'uid', 'x', ids, 'b')).toThrow(`${data} has no column uid (--key), x (--value); its columns: id, y`);
  });

  it('refuses a cell that is not a number, a repeated or empty key, with the row', () => {
    // A row with an extra field is refused, in the app's words (it was ignored before: issue 14).
    const ragged = writeInputs({}, 'uid,x\na,1\nb,1,5\nc,2\nd,3\n').data;
    expect(() => readUnitValues(ragged, 'uid', 'x', ids, 'b')).toThrow(`has 3 fields where the header has 2`);
    const text = writeInputs({}, 'uid,x\na,1\nb,12%\nc,2\nd,3\n').data;
    expect(() => readUnitValues(text, 'uid', 'x', ids, 'b')).toThrow(`${text} row 3, column x: "12%" is not a number`);
    const comma = writeInputs({}, 'uid,x\na,1\nb,"1,5"\nc,2\nd,3\n').data;
    expect(() => readUnitValues(comma, 'uid', 'x', ids, 'b')).toThrow(`${comma} row 3, column x: "1,5" is not a number`);
    const huge = writeInputs({}, 'uid,x\na,1e400\nb,1\nc,2\nd,3\n').data;
    expect(() => readUnitValues(huge, 'uid', 'x', ids, 'b')).toThrow(`${huge} row 2, column x: "1e400" is too large`);
    const twice = writeInputs({}, 'uid,x\na,1\nb,1\na,2\nc,2\nd,3\n').data;
    expect(() => readUnitValues(twice, 'uid', 'x', ids, 'b')).toThrow(`${twice} row 4: unit a appears twice`);
    const empty = writeInputs({}, 'uid,x\na,1\n ,1\n').data;
    expect(() => readUnitValues(empty, 'uid', 'x', ids, 'b')).toThrow(`${empty} row 3: empty uid`);
  });

  it('reports ids on one side only, both ways, counted and named', () => {
    const { data } = writeInputs({}, 'uid,x\na,1\nB,1\nc,2\nx1,3\nx2,4\nx3,5\nx4,6\nx5,7\nx6,8\n');
    expect(() => readUnitValues(data, 'uid', 'x', ids, 'b.geojson')).toThrow(
      `the ids do not match:\n  - 7 id(s) in ${data} not in b.geojson: "B", "x1", "x2", "x3", "x4", …\n` +
        `  - 2 id(s) in b.geojson not in ${data}: "b", "d" (give a unit without data a row with an empty value)`,
    );
  });
});

describe('the result file', () => {
  const result = {
    statistic: 'moran' as const,
    value: Float64Array.from([1.5, 2, NaN, 4, 5]),
    lag: Float64Array.from([0.25, -0.5, NaN, NaN, 1 / 3]),
    statisticValue: Float64Array.from([0.1, -0.2, NaN, NaN, 0.7]),
    pSim: Float64Array.from([0.001, 0.3, NaN, NaN, 0.02]),
    cluster: Uint8Array.from([1, 0, 6, 5, 4]),
  };

  it('writes one row per unit: full precision, islands and missing units with empty cells', () => {
    expect(hotspotRows(['a', 'b', 'c', 'd', 'e'], result)).toEqual([
      ['a', 1.5, 0.25, 0.1, 0.001, 'HH'],
      ['b', 2, -0.5, -0.2, 0.3, 'ns'],
      ['c', null, null, null, null, 'missing'],
      ['d', 4, null, null, null, 'island'],
      ['e', 5, 1 / 3, 0.7, 0.02, 'HL'],
    ]);
    expect(hotspotsCsv(['a', 'b', 'c', 'd', 'e'], result)).toBe(
      '\uFEFFid,value,lag,statistic,p_sim,cluster\r\na,1.5,0.25,0.1,0.001,HH\r\nb,2,-0.5,-0.2,0.3,ns\r\nc,,,,,missing\r\nd,4,,,,island\r\ne,5,0.3333333333333333,0.7,0.02,HL\r\n',
    );
  });

  it('names Gi* clusters hot and cold and refuses a code the statistic does not use', () => {
    const g = { ...result, statistic: 'gistar' as const, cluster: Uint8Array.from([1, 2, 6, 5, 0]) };
    expect(hotspotRows(['a', 'b', 'c', 'd', 'e'], g).map((r) => r[5])).toEqual(['hot', 'cold', 'missing', 'island', 'ns']);
    expect(() => hotspotRows(['a', 'b', 'c', 'd', 'e'], { ...g, cluster: Uint8Array.from([4, 0, 0, 0, 0]) })).toThrow('unknown gistar cluster code 4');
    expect(() => hotspotRows(['a'], result)).toThrow('1 ids for 5 results');
  });
});

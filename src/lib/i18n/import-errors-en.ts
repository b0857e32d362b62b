import type { ImportErrorsMessages } from './import-errors-messages.ts';

const q = (v: unknown): string => `“${String(v ?? '')}”`;
const file = (p: Readonly<Record<string, unknown>>): string => (p.file !== undefined && p.file !== '' ? q(p.file) : 'The file');
const sheet = (p: Readonly<Record<string, unknown>>): string => (p.sheet !== undefined ? ` (sheet ${q(p.sheet)})` : '');

export const importErrorsEn: ImportErrorsMessages = {
  'empty-file': (p) => `${file(p)}${sheet(p)} is empty. Choose a file that holds a table or a map layer.`,
  'unsupported-format': (p) =>
    p.found === 'html'
      ? `${file(p)} is a web page (HTML), not data. Download the file itself (CSV, Excel, GeoJSON or a zipped shapefile) and import that.`
      : p.found === 'xls'
        ? `${file(p)} is an old Excel workbook (.xls). Open it in Excel and save it as .xlsx or CSV, then import it again.`
        : p.found === 'shapefile-part'
          ? `${file(p)} is only one part of a shapefile. Zip the .shp, .shx, .dbf and .prj files together and import the .zip.`
          : p.found === 'kml' || p.found === 'kmz'
            ? `${file(p)} is a ${p.found === 'kml' ? 'KML' : 'KMZ'} file (Google Earth), which focal does not read. Convert it to GeoJSON or a zipped shapefile (in QGIS: open it, then Export → Save Features As… → GeoJSON) and import that.`
            : p.found === 'xml'
              ? `${file(p)} is an XML file, not a table or a map layer focal reads. Use CSV, Excel (.xlsx), GeoJSON, TopoJSON or a zipped shapefile.`
              : p.found === 'binary'
                ? `${file(p)} is not text${p.kind ? ` (it is a ${String(p.kind).toUpperCase()} file)` : ''}, whatever its name says. Import the table itself as CSV or Excel (.xlsx), or a map layer as GeoJSON, TopoJSON or a zipped shapefile.`
                : `${file(p)} is not a format focal reads. Use CSV, Excel (.xlsx), GeoJSON, TopoJSON or a zipped shapefile.`,
  'too-large': (p) =>
    p.unpackedMb !== undefined
      ? `${file(p)} is a zip archive that unpacks to ${p.unpackedMb ?? '?'} MB (its directory says so; nothing was unpacked); the largest file focal accepts is ${p.maxMb ?? '?'} MB. Import a smaller file, or check where this archive came from.`
      : `${file(p)} is ${p.sizeMb ?? '?'} MB; the largest file focal accepts is ${p.maxMb ?? '?'} MB. Keep only the rows and columns you need, or simplify the shapes.`,
  'invalid-json': (p) =>
    `${file(p)} is not valid JSON: it breaks at line ${p.line ?? '?'}, column ${p.column ?? '?'}. The file may be cut short or edited by hand; export it again.`,
  'too-deep': (p) => `${file(p)} is nested more than ${p.max ?? 64} levels deep${p.line !== undefined ? ` (line ${p.line ?? '?'})` : ''}, which no map layer needs. Check that it is really GeoJSON.`,
  'not-geojson': (p) =>
    p.topology !== undefined
      ? `${file(p)} is a damaged TopoJSON file: ${
          p.topology === 'arc-index'
            ? `its layer ${q(p.object)} uses arc ${p.arc ?? '?'}, but the file has only ${p.arcs ?? '?'} arcs`
            : p.topology === 'arc'
              ? `its arc ${p.arc ?? '?'} is not a list of coordinates`
              : p.topology === 'object'
                ? `its layer ${q(p.object)} is not a TopoJSON geometry`
                : p.topology === 'transform'
                  ? 'its “transform” is not two scales and two offsets'
                  : 'its shapes cannot be decoded'
        }. Export the layer again, as GeoJSON if you can, and import that.`
      : `${file(p)} is JSON but not GeoJSON or TopoJSON${p.found ? ` (found ${p.found ?? '?'})` : ''}. Export the layer as GeoJSON and import it again.`,
  'no-features': (p) => `${file(p)} holds no features with a shape. Check that you exported the right layer.`,
  'wrong-geometry': (p) =>
    `${file(p)}${p.feature !== undefined ? `: feature ${p.feature ?? '?'}` : ''} ${p.kind ? `is a ${p.kind ?? '?'}` : 'has the wrong kind of shapes'}; focal uses polygons (municipio boundaries) and points (locations). Export polygons or points only.`,
  'projected-no-prj': (p) =>
    `${file(p)} has coordinates in metres${p.x ? ` (x from ${p.x ?? '?'})` : ''} but does not say in which projection. Import the shapefile as a .zip that includes its .prj file, or save the layer in WGS 84 (longitude/latitude).`,
  'unknown-projection': (p) =>
    `${file(p)} uses a projection focal cannot convert${p.prj ? ` (${q(p.prj)})` : ''}. focal converts WGS 84, UTM zones 15N and 16N and the Guatemalan, Salvadoran and Honduran national systems; reproject the layer to WGS 84 and import it again.`,
  'swapped-coordinates': (p) =>
    `${file(p)} has latitude and longitude swapped${p.column && p.column2 ? ` (columns ${q(p.column)} and ${q(p.column2)})` : ''}: the points fall in Central America only when the two are exchanged. Swap them in the file, or choose the other column for each.`,
  'coordinates-out-of-range': (p) =>
    `${file(p)}${p.row !== undefined ? `, row ${p.row ?? '?'},` : p.feature !== undefined ? `, feature ${p.feature ?? '?'},` : ''} has coordinates that are not longitude and latitude in degrees${p.value ? ` (${p.value ?? '?'})` : p.x ? ` (x ${p.x ?? '?'}, y ${p.y ?? '?'})` : ''}. Fix them, or save the layer in WGS 84.`,
  'corrupt-zip': (p) => `${file(p)} is a damaged or incomplete zip archive. Download or zip it again.`,
  'zip-without-shp': (p) =>
    `${file(p)} holds no shapefile (.shp)${p.files ? `; it holds ${p.files ?? '?'}` : ''}. Zip the .shp together with its .shx, .dbf and .prj and import that .zip.`,
  'zip-no-usable-shp': (p) =>
    `${file(p)} holds ${p.count ?? 'several'} shapefiles and none of them can be used: ${[p.lines ? `${p.lines} hold${String(p.lines).includes(',') ? '' : 's'} lines` : '', p.empty ? `${p.empty} hold${String(p.empty).includes(',') ? '' : 's'} no shapes` : '', p.unreadable ? `${p.unreadable} cannot be read` : ''].filter(Boolean).join('; ')}. focal reads polygons (municipio boundaries) or points (locations): zip the layer you need with its .shx, .dbf and .prj and import that .zip.`,
  'corrupt-xlsx': (p) => `${file(p)} is not a readable Excel workbook (damaged, incomplete or not really .xlsx). Open it in Excel, save it again as .xlsx, and import it again.`,
  'no-header': (p) => `${file(p)}${sheet(p)} has no header row. Add a first row that names each column (for example “code”, “municipio”, “value”).`,
  'no-rows': (p) => `${file(p)}${sheet(p)} has a header but no rows of data. Check that you saved the file with its data.`,
  'csv-parse': (p) =>
    p.expected !== undefined
      ? `Line ${p.line ?? '?'} of ${file(p)} has ${p.found ?? '?'} fields where the header has ${p.expected ?? '?'}. Check that line for an extra or missing separator, or a quote that is not closed.`
      : `${file(p)} cannot be read as CSV${p.line !== undefined ? ` (line ${p.line ?? '?'})` : ''}. Check that line for a quote that is not closed, or export the file again.`,
  'mixed-encoding': (p) =>
    `${file(p)} mixes two text encodings (UTF-8 and Latin-1); line ${p.line ?? '?'} is not UTF-8, so accents would come out garbled. Save the whole file again as “CSV UTF-8” and import it again.`,
  'missing-column': (p) =>
    `${file(p)}${p.row !== undefined ? `, row ${p.row ?? '?'},` : ''} is missing ${p.column ? `the column ${q(p.column)}` : 'a column'} the mapping needs. Choose another column in the mapping, or add it to the file.`,
  'duplicate-keys': (p) =>
    p.row !== undefined && p.row2 !== undefined
      ? `Rows ${p.row ?? '?'} and ${p.row2 ?? '?'} of ${file(p)} both belong to ${p.unit ?? q(p.key ?? '?')}${p.value !== undefined ? ` with different values (${p.value ?? '?'} and ${p.value2 ?? '?'})` : ''}. Keep one row per municipio, or fix the key of one of them.`
      : `${file(p)} gives ${p.unit ?? q(p.key ?? '?')} more than one value${p.column ? ` in column ${q(p.column)}` : ''}${p.value !== undefined ? ` (${p.value ?? '?'} and ${p.value2 ?? '?'})` : ''}. Keep one value per municipio (or department).`,
  'not-a-number': (p) =>
    `Row ${p.row ?? '?'} of column ${q(p.column)} holds ${q(p.value)}, which is not a number. Fix the cell or leave it empty.`,
  'no-match': (p) =>
    `No row of ${file(p)} matched a municipio${p.column ? ` through the column ${q(p.column)}` : ''}. Check that you chose the column with the codes or names, and the right country.`,
  'no-values': (p) =>
    p.reason === 'empty'
      ? `${file(p)} has no value to map: ${p.columns ? `its value ${Number(p.count) === 1 ? 'column' : 'columns'} ${p.columns}` : 'its value columns'} ${Number(p.count) === 1 ? 'is' : 'are'} empty in every row that matched a municipio. Fill in the values, or choose another column.`
      : `${file(p)} has no value to map: no column of numbers besides the key${p.column ? ` (${q(p.column)})` : ''}, the department, codes, years and row numbers. Add a column of numbers, or import it as investments or boundaries if that is what it holds.`,
  'duplicate-id': (p) =>
    `The indicator id ${q(p.id)} ${p.column !== undefined ? `(column ${q(p.column)}) ` : ''}is already in use or not allowed. Give it another id, using letters, digits, _ - and . only.`,
  quota: () => 'The browser storage is full, so your latest change was not saved; everything saved before is kept. Free space (remove an imported file or other sites’ data) and try again.',
};

import type { ImportErrorsMessages } from './import-errors-messages.ts';

const q = (v: unknown): string => `«${String(v ?? '')}»`;
const file = (p: Readonly<Record<string, unknown>>): string => (p.file !== undefined && p.file !== '' ? `El archivo ${q(p.file)}` : 'El archivo');
const sheet = (p: Readonly<Record<string, unknown>>): string => (p.sheet !== undefined ? ` (hoja ${q(p.sheet)})` : '');
const ofFile = (p: Readonly<Record<string, unknown>>): string => (p.file !== undefined && p.file !== '' ? `del archivo ${q(p.file)}` : 'del archivo');

export const importErrorsEs: ImportErrorsMessages = {
  'empty-file': (p) => `${file(p)}${sheet(p)} está vacío. Elija un archivo que contenga una tabla o una capa de mapa.`,
  'unsupported-format': (p) =>
    p.found === 'html'
      ? `${file(p)} es una página web (HTML), no datos. Descargue el archivo en sí (CSV, Excel, GeoJSON o shapefile comprimido) e impórtelo.`
      : p.found === 'xls'
        ? `${file(p)} es un libro de Excel antiguo (.xls). Ábralo en Excel, guárdelo como .xlsx o CSV e impórtelo de nuevo.`
        : p.found === 'shapefile-part'
          ? `${file(p)} es solo una parte de un shapefile. Comprima juntos los archivos .shp, .shx, .dbf y .prj en un .zip e importe el .zip.`
          : p.found === 'kml' || p.found === 'kmz'
            ? `${file(p)} es un archivo ${p.found === 'kml' ? 'KML' : 'KMZ'} (Google Earth), que focal no lee. Conviértalo a GeoJSON o a un shapefile comprimido (en QGIS: ábralo y use Exportar → Guardar objetos como… → GeoJSON) e importe ese archivo.`
            : p.found === 'xml'
              ? `${file(p)} es un archivo XML, no una tabla ni una capa de mapa que focal lea. Use CSV, Excel (.xlsx), GeoJSON, TopoJSON o un shapefile comprimido.`
              : p.found === 'binary'
                ? `${file(p)} no es texto${p.kind ? ` (es un archivo ${String(p.kind).toUpperCase()})` : ''}, diga lo que diga su nombre. Importe la tabla misma como CSV o Excel (.xlsx), o una capa de mapa como GeoJSON, TopoJSON o shapefile comprimido.`
                : `${file(p)} no tiene un formato que focal lea. Use CSV, Excel (.xlsx), GeoJSON, TopoJSON o un shapefile comprimido.`,
  'too-large': (p) =>
    p.unpackedMb !== undefined
      ? `${file(p)} es un archivo zip que ocupa ${p.unpackedMb ?? '?'} MB descomprimido (lo dice su directorio; no se descomprimió nada); focal acepta archivos de hasta ${p.maxMb ?? '?'} MB. Importe un archivo más pequeño, o verifique de dónde viene este archivo.`
      : `${file(p)} pesa ${p.sizeMb ?? '?'} MB; focal acepta archivos de hasta ${p.maxMb ?? '?'} MB. Conserve solo las filas y columnas que necesita, o simplifique las formas.`,
  'invalid-json': (p) =>
    `${file(p)} no es JSON válido: se rompe en la línea ${p.line ?? '?'}, columna ${p.column ?? '?'}. Puede estar incompleto o editado a mano; expórtelo de nuevo.`,
  'too-deep': (p) => `${file(p)} tiene más de ${p.max ?? 64} niveles de anidamiento${p.line !== undefined ? ` (línea ${p.line ?? '?'})` : ''}, algo que ninguna capa de mapa necesita. Compruebe que sea realmente GeoJSON.`,
  'not-geojson': (p) =>
    p.topology !== undefined
      ? `${file(p)} es un TopoJSON dañado: ${
          p.topology === 'arc-index'
            ? `su capa ${q(p.object)} usa el arco ${p.arc ?? '?'}, pero el archivo solo tiene ${p.arcs ?? '?'} arcos`
            : p.topology === 'arc'
              ? `su arco ${p.arc ?? '?'} no es una lista de coordenadas`
              : p.topology === 'object'
                ? `su capa ${q(p.object)} no es una geometría TopoJSON`
                : p.topology === 'transform'
                  ? 'su “transform” no son dos escalas y dos desplazamientos'
                  : 'sus formas no se pueden decodificar'
        }. Exporte la capa de nuevo, de preferencia como GeoJSON, e importe ese archivo.`
      : `${file(p)} es JSON pero no GeoJSON ni TopoJSON${p.found ? ` (se encontró ${p.found ?? '?'})` : ''}. Exporte la capa como GeoJSON e impórtela de nuevo.`,
  'no-features': (p) => `${file(p)} no contiene elementos con forma. Compruebe que exportó la capa correcta.`,
  'wrong-geometry': (p) =>
    `${file(p)}${p.feature !== undefined ? `, elemento ${p.feature ?? '?'},` : ''} ${p.kind ? `es de tipo ${p.kind ?? '?'}` : 'tiene formas de un tipo no válido'}; focal usa polígonos (límites municipales) y puntos (ubicaciones). Exporte solo polígonos o puntos.`,
  'projected-no-prj': (p) =>
    `${file(p)} tiene coordenadas en metros${p.x ? ` (x de ${p.x ?? '?'})` : ''} pero no indica su proyección. Importe el shapefile como .zip junto con su archivo .prj, o guarde la capa en WGS 84 (longitud/latitud).`,
  'unknown-projection': (p) =>
    `${file(p)} usa una proyección que focal no sabe convertir${p.prj ? ` (${q(p.prj)})` : ''}. focal convierte WGS 84, UTM zonas 15N y 16N y los sistemas nacionales de Guatemala, El Salvador y Honduras; reproyecte la capa a WGS 84 e impórtela de nuevo.`,
  'swapped-coordinates': (p) =>
    `${file(p)} tiene la latitud y la longitud intercambiadas${p.column && p.column2 ? ` (columnas ${q(p.column)} y ${q(p.column2)})` : ''}: los puntos caen en Centroamérica solo al intercambiarlas. Corríjalas en el archivo o elija la otra columna para cada una.`,
  'coordinates-out-of-range': (p) =>
    `${file(p)}${p.row !== undefined ? `, fila ${p.row ?? '?'},` : p.feature !== undefined ? `, elemento ${p.feature ?? '?'},` : ''} tiene coordenadas que no son longitud y latitud en grados${p.value ? ` (${p.value ?? '?'})` : p.x ? ` (x ${p.x ?? '?'}, y ${p.y ?? '?'})` : ''}. Corríjalas o guarde la capa en WGS 84.`,
  'corrupt-zip': (p) => `${file(p)} es un archivo zip dañado o incompleto. Descárguelo o comprímalo de nuevo.`,
  'zip-without-shp': (p) =>
    `${file(p)} no contiene ningún shapefile (.shp)${p.files ? `; contiene ${p.files ?? '?'}` : ''}. Comprima el .shp junto con sus .shx, .dbf y .prj e importe ese .zip.`,
  'zip-no-usable-shp': (p) =>
    `${file(p)} contiene ${p.count ?? 'varios'} shapefiles y ninguno se puede usar: ${[p.lines ? `${p.lines} contiene${String(p.lines).includes(',') ? 'n' : ''} líneas` : '', p.empty ? `${p.empty} no contiene${String(p.empty).includes(',') ? 'n' : ''} formas` : '', p.unreadable ? `${p.unreadable} no se puede${String(p.unreadable).includes(',') ? 'n' : ''} leer` : ''].filter(Boolean).join('; ')}. focal lee polígonos (límites de municipios) o puntos (ubicaciones): comprima la capa que necesita con sus .shx, .dbf y .prj e importe ese .zip.`,
  'corrupt-xlsx': (p) => `${file(p)} no es un libro de Excel legible (dañado, incompleto o no es realmente .xlsx). Ábralo en Excel, guárdelo de nuevo como .xlsx e impórtelo otra vez.`,
  'no-header': (p) => `${file(p)}${sheet(p)} no tiene fila de encabezado. Añada una primera fila que nombre cada columna (por ejemplo «codigo», «municipio», «valor»).`,
  'no-rows': (p) => `${file(p)}${sheet(p)} tiene encabezado pero ninguna fila de datos. Compruebe que guardó el archivo con sus datos.`,
  'csv-parse': (p) =>
    p.expected !== undefined
      ? `La línea ${p.line ?? '?'} ${ofFile(p)} tiene ${p.found ?? '?'} campos y el encabezado tiene ${p.expected ?? '?'}. Revise en esa línea si sobra o falta un separador, o si hay una comilla sin cerrar.`
      : `${file(p)} no se puede leer como CSV${p.line !== undefined ? ` (línea ${p.line ?? '?'})` : ''}. Revise si hay una comilla sin cerrar en esa línea, o exporte el archivo de nuevo.`,
  'mixed-encoding': (p) =>
    `${file(p)} mezcla dos codificaciones de texto (UTF-8 y Latin-1); la línea ${p.line ?? '?'} no es UTF-8, así que los acentos saldrían mal. Guarde todo el archivo de nuevo como «CSV UTF-8» e impórtelo otra vez.`,
  'missing-column': (p) =>
    `${file(p)}${p.row !== undefined ? `, fila ${p.row ?? '?'},` : ''} no tiene ${p.column ? `la columna ${q(p.column)}` : 'una columna'} que la asignación necesita. Elija otra columna en la asignación o añádala al archivo.`,
  'duplicate-keys': (p) =>
    p.row !== undefined && p.row2 !== undefined
      ? `Las filas ${p.row ?? '?'} y ${p.row2 ?? '?'} ${ofFile(p)} corresponden ambas a ${p.unit ?? q(p.key ?? '?')}${p.value !== undefined ? ` con valores distintos (${p.value ?? '?'} y ${p.value2 ?? '?'})` : ''}. Deje una fila por municipio o corrija la clave de una de ellas.`
      : `${file(p)} da más de un valor a ${p.unit ?? q(p.key ?? '?')}${p.column ? ` en la columna ${q(p.column)}` : ''}${p.value !== undefined ? ` (${p.value ?? '?'} y ${p.value2 ?? '?'})` : ''}. Deje un solo valor por municipio (o departamento).`,
  'not-a-number': (p) => `La fila ${p.row ?? '?'} de la columna ${q(p.column)} contiene ${q(p.value)}, que no es un número. Corrija la celda o déjela vacía.`,
  'no-match': (p) =>
    `Ninguna fila ${ofFile(p)} coincidió con un municipio${p.column ? ` mediante la columna ${q(p.column)}` : ''}. Compruebe que eligió la columna con los códigos o nombres, y el país correcto.`,
  'no-values': (p) =>
    p.reason === 'empty'
      ? `${file(p)} no tiene valores que mapear: ${p.columns ? `${Number(p.count) === 1 ? 'su columna' : 'sus columnas'} de valores ${p.columns} ${Number(p.count) === 1 ? 'está vacía' : 'están vacías'}` : 'sus columnas de valores están vacías'} en todas las filas que coincidieron con un municipio. Complete los valores o elija otra columna.`
      : `${file(p)} no tiene valores que mapear: ninguna columna de números aparte de la clave${p.column ? ` (${q(p.column)})` : ''}, el departamento, los códigos, los años y los números de fila. Añada una columna de números, o impórtelo como inversiones o límites si eso es lo que contiene.`,
  'duplicate-id': (p) =>
    `El identificador de indicador ${q(p.id)} ${p.column !== undefined ? `(columna ${q(p.column)}) ` : ''}ya está en uso o no es válido. Dele otro identificador, solo con letras, dígitos, _ - y .`,
  quota: () =>
    'El almacenamiento del navegador está lleno, así que su último cambio no se guardó; todo lo guardado antes se conserva. Libere espacio (quite un archivo importado o datos de otros sitios) e inténtelo de nuevo.',
};

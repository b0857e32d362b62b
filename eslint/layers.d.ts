/** Types of eslint/layers.js, for the tests that read the layer table. */
export declare const layerTable: Record<string, { may: string[]; packages?: false }>;
export declare function layerOf(rel: string): { layer: string | undefined; inSrc: boolean };
export declare const layersPlugin: { rules: Record<string, unknown> };

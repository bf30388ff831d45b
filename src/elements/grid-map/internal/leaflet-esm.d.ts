/**
 * `leaflet`'s package entry is the UMD build, which does not tree-shake and assumes a global `L`.
 * The engine imports the ES module build instead; its API is the one `@types/leaflet` describes.
 */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}

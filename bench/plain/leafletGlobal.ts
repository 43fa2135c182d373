// Leaflet.markercluster extends the global L (its UMD build reads it), so Leaflet is put there before it is
// imported: the usual recipe for bundlers (main.ts imports this module first).
import L from 'leaflet'

;(globalThis as unknown as { L: typeof L }).L = L
export default L

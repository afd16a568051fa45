// Decoder for the compact geometry encoding used by ECharts 4 map JSON
// (`UTF8Encoding: true`). Each ring is a string; every pair of characters is
// one zigzag-encoded delta (x, y) relative to the previous vertex, starting
// from the ring's `encodeOffsets` entry. Values are divided by the scale.

function unzig(charCode) {
  const v = charCode - 64;
  return (v >> 1) ^ -(v & 1);
}

export function decodeRing(str, offset, scale) {
  let x = offset[0];
  let y = offset[1];
  const out = [];
  for (let i = 0; i + 1 < str.length; i += 2) {
    x += unzig(str.charCodeAt(i));
    y += unzig(str.charCodeAt(i + 1));
    out.push([x / scale, y / scale]);
  }
  return closeRing(out);
}

export function closeRing(ring) {
  if (ring.length === 0) return ring;
  const a = ring[0];
  const b = ring[ring.length - 1];
  if (a[0] !== b[0] || a[1] !== b[1]) ring.push([a[0], a[1]]);
  return ring;
}

function decodePolygon(rings, offsets, scale) {
  return rings.map((r, i) => decodeRing(r, offsets[i], scale));
}

/** Decode an ECharts map FeatureCollection into plain GeoJSON (same datum). */
export function decodeEchartsMap(json) {
  if (!json.UTF8Encoding) return json;
  const scale = json.UTF8Scale || 1024;
  const features = json.features.map((f) => {
    const g = f.geometry;
    let coordinates;
    if (g.type === 'Polygon') {
      coordinates = decodePolygon(g.coordinates, g.encodeOffsets, scale);
    } else if (g.type === 'MultiPolygon') {
      coordinates = g.coordinates.map((p, i) => decodePolygon(p, g.encodeOffsets[i], scale));
    } else {
      throw new Error(`unsupported geometry ${g.type}`);
    }
    return { type: 'Feature', id: f.id, properties: { ...f.properties }, geometry: { type: g.type, coordinates } };
  });
  return { type: 'FeatureCollection', features };
}

/** Close every ring of a plain GeoJSON polygon/multipolygon in place. */
export function closeAllRings(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const p of polys) for (const r of p) closeRing(r);
  return geometry;
}

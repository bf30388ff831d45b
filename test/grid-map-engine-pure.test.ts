import { expect } from '@open-wc/testing';
import { createBaseMap, defaultBaseMapCrs, tiandituUrlTemplate } from '../src/elements/grid-map/internal/base-map.js';
import { convertGeometry, convertPosition, needsConversion } from '../src/elements/grid-map/internal/crs.js';
import { drawGridTile, TextWidths, traceRing } from '../src/elements/grid-map/internal/draw-tile.js';
import { DEFAULT_GRID_MAP_STYLE } from '../src/elements/grid-map/internal/default-style.js';
import { findGridAt, GridIndex } from '../src/elements/grid-map/internal/find-grid.js';
import { projectX, projectY } from '../src/elements/grid-map/internal/mercator.js';
import { ProjectedGrids } from '../src/elements/grid-map/internal/projected-grids.js';
import type { Position } from '../src/model/geo.js';
import { A, B, box, C, grid, GRIDS, IN_A, IN_C_SECOND_PART, IN_HOLE } from './grid-map-engine.fixtures.js';

describe('findGridAt', () => {
  for (const [label, source] of [
    ['array', GRIDS],
    ['GridIndex', new GridIndex(GRIDS)],
  ] as const) {
    describe(`with an ${label}`, () => {
      it('finds the grid around an inner point', () => {
        expect(findGridAt(source, IN_A)?.id).to.equal('A');
      });
      it('counts a point on an outer edge as inside', () => {
        expect(findGridAt(source, [119.95, 31.785])?.id).to.equal('A');
      });
      it('gives a point on a shared edge to the first grid in data order', () => {
        expect(findGridAt(source, [119.96, 31.785])?.id).to.equal('A');
      });
      it('does not count a point inside a hole', () => {
        expect(findGridAt(source, IN_HOLE)).to.equal(undefined);
      });
      it("finds a point in a MultiPolygon's second part", () => {
        expect(findGridAt(source, IN_C_SECOND_PART)?.id).to.equal('C');
      });
      it('finds nothing outside all grids', () => {
        expect(findGridAt(source, [120.5, 31.5])).to.equal(undefined);
      });
    });
  }

  it('finds the island that fills another grid’s hole', () => {
    const island = grid('I', '岛', { type: 'Polygon', coordinates: [box(119.955, 31.795, 119.965, 31.805)] });
    expect(findGridAt(new GridIndex([...GRIDS, island]), IN_HOLE)?.id).to.equal('I');
  });
});

describe('coordinate conversion', () => {
  const p: Position = [119.95, 31.78];

  it('round-trips WGS84 → GCJ-02 → WGS84 and BD-09 within a metre', () => {
    for (const crs of ['gcj02', 'bd09'] as const) {
      const there = convertPosition(p, 'wgs84', crs);
      // GCJ-02 moves Changzhou by a few hundred metres; a round trip must come back within ~1 m (1e-5°).
      expect(Math.hypot(there[0] - p[0], there[1] - p[1])).to.be.above(1e-3);
      const back = convertPosition(there, crs, 'wgs84');
      expect(Math.abs(back[0] - p[0])).to.be.below(1e-5);
      expect(Math.abs(back[1] - p[1])).to.be.below(1e-5);
    }
  });

  it('treats CGCS2000 as WGS84', () => {
    expect(needsConversion('cgcs2000', 'wgs84')).to.equal(false);
    expect(convertPosition(p, 'cgcs2000', 'wgs84')).to.deep.equal(p);
    expect(needsConversion('cgcs2000', 'gcj02')).to.equal(true);
  });

  it('converts geometries without touching the input', () => {
    const input = structuredClone(C.boundary);
    const out = convertGeometry(C.boundary, 'wgs84', 'gcj02');
    expect(C.boundary).to.deep.equal(input);
    expect(out.type).to.equal('MultiPolygon');
    expect(out.coordinates).to.not.deep.equal(input.coordinates);
    const back = convertGeometry(out, 'gcj02', 'wgs84');
    const first = (back.coordinates as Position[][][])[1]![0]![0]!;
    expect(first[0]).to.be.closeTo(119.98, 1e-5);
    expect(first[1]).to.be.closeTo(31.8, 1e-5);
  });
});

describe('ProjectedGrids', () => {
  const projected = new ProjectedGrids(GRIDS);
  const at = ([lng, lat]: Position) => projected.hitTest(projectX(lng), projectY(lat));

  it('hit-tests holes and second parts on projected rings', () => {
    expect(projected.ids[at(IN_A)]).to.equal('A');
    expect(at(IN_HOLE)).to.equal(-1);
    expect(projected.ids[at(IN_C_SECOND_PART)]).to.equal('C');
  });

  it('places the label of a ring around a hole on the ring, not in the hole', () => {
    const i = projected.indexOf('C');
    const x = projected.labels[i * 3]!;
    const y = projected.labels[i * 3 + 1]!;
    expect(projected.contains(i, x, y)).to.equal(true);
  });

  it('places a label on demand, on the largest part, the same as the full label array', () => {
    const fresh = new ProjectedGrids(GRIDS);
    const i = fresh.indexOf('C');
    const label = fresh.labelOf(i);
    expect(fresh.contains(i, label.x, label.y)).to.equal(true);
    // C's first part (the ring around the hole) is larger than its second square: the name goes there.
    const firstPartBox = new ProjectedGrids([grid('ring', '', { type: 'Polygon', coordinates: [box(119.95, 31.79, 119.97, 31.81)] })]);
    expect(firstPartBox.contains(0, label.x, label.y)).to.equal(true);
    expect([...fresh.labels.slice(i * 3, i * 3 + 3)]).to.deep.equal([label.x, label.y, label.room]);
  });

  it('places the label of an L shape inside it', () => {
    const l = new ProjectedGrids([
      grid('L', 'L', {
        type: 'Polygon',
        coordinates: [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 3], [0, 3], [0, 0]]],
      }),
    ]);
    expect(l.contains(0, l.labels[0]!, l.labels[1]!)).to.equal(true);
  });
});

describe('drawGridTile labels', () => {
  function drawnLabels(zoom: number): string[] {
    const projected = new ProjectedGrids([A, B]);
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 256;
    const ctx = canvas.getContext('2d')!;
    const texts: string[] = [];
    const fillText = ctx.fillText.bind(ctx);
    ctx.fillText = (text: string, x: number, y: number) => {
      texts.push(text);
      fillText(text, x, y);
    };
    // The tile whose top-left is at A's label point minus half a tile: A's name lands in the middle.
    const scale = 2 ** zoom;
    const x = projected.labels[0]! * scale - 128;
    const y = projected.labels[1]! * scale - 128;
    drawGridTile(ctx, projected, { x, y, size: 256, zoom, ratio: 1 }, DEFAULT_GRID_MAP_STYLE, new TextWidths(DEFAULT_GRID_MAP_STYLE.labelFont));
    return texts;
  }

  it('names grids that are large enough at this zoom', () => {
    expect(drawnLabels(16)).to.include('红梅一网格');
  });

  it('hides names that would not fit', () => {
    expect(drawnLabels(11)).to.deep.equal([]);
  });
});

describe('traceRing simplification', () => {
  /** The drawn vertices of a ring given as zoom-0 points, at `scale` pixels per unit. */
  function traced(ring: Array<[number, number]>, scale: number): Array<[number, number]> {
    const drawn: Array<[number, number]> = [];
    const sink = { moveTo: (x: number, y: number) => drawn.push([x, y]), lineTo: (x: number, y: number) => drawn.push([x, y]), closePath: () => {} };
    traceRing(sink, new Float64Array(ring.flat()), 0, ring.length, scale, 0, 0);
    return drawn;
  }
  // A 10 × 10 square whose top edge has a 0.3 unit wiggle in the middle.
  const wiggly: Array<[number, number]> = [[0, 0], [5, 0.3], [10, 0], [10, 10], [0, 10]];

  it('drops a bend smaller than a pixel at an overview zoom', () => {
    expect(traced(wiggly, 1)).to.deep.equal([[0, 0], [10, 0], [10, 10], [0, 10]]);
  });

  it('draws the same bend once zoomed in far enough to see it', () => {
    expect(traced(wiggly, 8)).to.have.length(5);
  });

  it('keeps a thin spike and every corner', () => {
    const spiked: Array<[number, number]> = [[0, 0], [10, 0], [10, 10], [5.2, 10], [5, 30], [4.8, 10], [0, 10]];
    expect(traced(spiked, 1)).to.deep.equal(spiked);
  });
});

describe('Tianditu base map', () => {
  it('builds the Web Mercator WMTS URL template with the key', () => {
    expect(tiandituUrlTemplate('vec', 'K&1')).to.equal(
      'https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default' +
        '&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=K%261',
    );
  });

  it('pairs imagery with its label layer and names the source and 审图号', () => {
    const { layers, attribution } = createBaseMap({ kind: 'tianditu', tk: 'KEY', layer: 'img', reviewNumber: 'GS(2024)0568号' });
    const urls = layers.map((l) => (l as unknown as { _url: string })._url);
    expect(urls).to.deep.equal([tiandituUrlTemplate('img', 'KEY'), tiandituUrlTemplate('cia', 'KEY')]);
    expect(layers[0]!.options.subdomains).to.deep.equal([...'01234567']);
    expect(attribution).to.deep.equal({ source: '天地图', href: 'https://www.tianditu.gov.cn/', reviewNumber: 'GS(2024)0568号' });
  });

  it('vector tiles come with the cva label layer unless labels are off', () => {
    const urls = (labels?: boolean) =>
      createBaseMap({ kind: 'tianditu', tk: 'KEY', ...(labels === undefined ? {} : { labels }) }).layers.map(
        (l) => (l as unknown as { _url: string })._url,
      );
    expect(urls()).to.deep.equal([tiandituUrlTemplate('vec', 'KEY'), tiandituUrlTemplate('cva', 'KEY')]);
    expect(urls(false)).to.deep.equal([tiandituUrlTemplate('vec', 'KEY')]);
  });

  it('is CGCS2000, so CGCS2000 data is drawn unshifted', () => {
    const crs = defaultBaseMapCrs({ kind: 'tianditu', tk: 'KEY' }, 'cgcs2000');
    expect(crs).to.equal('cgcs2000');
    expect(needsConversion('cgcs2000', crs)).to.equal(false);
    expect(needsConversion('wgs84', crs)).to.equal(false);
  });

  it('needs a key', () => {
    expect(() => createBaseMap({ kind: 'tianditu', tk: '' })).to.throw(TypeError);
  });
});

void B;

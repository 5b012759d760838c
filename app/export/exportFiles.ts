/**
 * The Export dialog's one entry point, loaded on demand with import() so none of the exporters
 * weigh on the first screen: builds the file a button asks for and hands it to the browser.
 * Imports app/export and app/store (names) only.
 */
import type { CellKind } from '../../src/engine/types';
import { CELL_NAMES } from '../store/microSteps';
import { exportFileName, type ExportSource } from './runHeader';
import { svgToPng } from './rasterize';
import { saveFile } from './saveFile';
import { scenarioOf } from './scenarioFile';
import { figureOfPanels } from './svgInline';
import { traceToCsv } from './traceCsv';
import { traceToJsonDocument } from './traceJsonDoc';

export type ExportKind = 'svg' | 'png' | 'csv' | 'json' | { scenario: CellKind };

function figureText(source: ExportSource): { title: string; desc: string } {
  const names = source.cells.map((c) => CELL_NAMES[c.trace.config.kind]).join(' and ');
  const sizes = source.cells.map(({ trace }) => `${CELL_NAMES[trace.config.kind]} ${trace.config.hiddenSize}`).join(', ');
  const { t, micro } = source.cursor;
  return {
    title: `GateLab: ${names} at time step ${t} of ${source.settings.steps}`,
    desc: `Cell diagrams drawn by GateLab with the engine's numbers at time step ${t} (micro-step m=${micro}); hidden units: ${sizes}. ` +
      `Every gate carries its letter (GRU r, z, n; LSTM f, i, g, o) as well as its colour. Reopen this state: ${source.link}`,
  };
}

const json = (value: unknown) => new Blob([`${JSON.stringify(value)}\n`], { type: 'application/json' });

/** Builds and downloads one export; resolves to the file's name. */
export async function exportFile(kind: ExportKind, source: ExportSource, root: ParentNode = document): Promise<string> {
  const kinds = source.cells.map((c) => c.trace.config.kind);
  const name = (extension: string) => exportFileName(kinds, source.cursor.t, extension);
  let file: { name: string; blob: Blob };
  if (typeof kind === 'object') {
    const result = source.cells.find((c) => c.trace.config.kind === kind.scenario);
    if (!result) throw new Error(`the ${CELL_NAMES[kind.scenario]} is not on screen`);
    const scenario = scenarioOf(result, source.link, source.settings.overrides[kind.scenario]);
    file = { name: `gatelab-${kind.scenario}-scenario.json`, blob: json(scenario) };
  } else if (kind === 'csv') {
    file = { name: name('csv'), blob: new Blob([traceToCsv(source)], { type: 'text/csv' }) };
  } else if (kind === 'json') {
    file = { name: name('json'), blob: json(traceToJsonDocument(source)) };
  } else {
    const { title, desc } = figureText(source);
    const figure = figureOfPanels(root, title, desc);
    file = kind === 'svg'
      ? { name: name('svg'), blob: new Blob([figure.text], { type: 'image/svg+xml' }) }
      : { name: name('png'), blob: await svgToPng(figure.text, figure.width, figure.height, 2) };
  }
  saveFile(file.name, file.blob);
  return file.name;
}

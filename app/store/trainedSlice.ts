/**
 * The lab's entry into the visualizer: `openTrainedModels` shows the trained cells on their test
 * sequence, or refuses with a notice and changes nothing. Imports store files.
 */
import type { StateCreator } from 'zustand';
import { cellList } from './importedWeights';
import type { Store } from './store';
import { trainedPatch, type TrainedModels } from './trainedModels';

export interface TrainedSlice {
  /** Show the lab's trained models (rnn, gru, lstm order) on their test sequence, cursor at the start. */
  openTrainedModels: (t: TrainedModels) => void;
}

export const createTrainedSlice: StateCreator<Store, [], [], TrainedSlice> = (_set, get) => ({
  openTrainedModels: (t) => {
    const fit = trainedPatch(t);
    if (!fit.ok) {
      get().addNotice('error', `Could not open the trained models: ${fit.error}. Nothing was changed.`);
      return;
    }
    get().applySettings(fit.patch);
    get().seek(1, 0);
    get().addNotice('info', `Opened ${cellList(fit.cells)} trained in the lab: ${fit.patch.trainedLabel}.`);
  },
});

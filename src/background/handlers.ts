// Every request the background answers, composed from each module's handler map. A new
// module adds its map with one import and one spread; later spreads win on a clash.
import type { Handlers } from '../messaging/handle';
import { annotatorHandlers } from './annotator-handlers';
import { cardHandlers } from './card-handlers';
import { draftHandlers } from './draft-handlers';
import { moreInjectionHandlers } from './more-injection';
import { pageSummaryHandlers } from './page-summary';
import { shadowSheetHandlers } from './shadow-sheet';
import { storeHandlers } from './store-setup';

export const handlers: Partial<Handlers> = {
  ...annotatorHandlers,
  ...cardHandlers,
  ...draftHandlers,
  ...moreInjectionHandlers(),
  ...pageSummaryHandlers,
  ...shadowSheetHandlers(),
  ...storeHandlers,
};

import { createContext } from '@lit/context';
import type { DataAdapter } from '../adapters/data-adapter.js';
import type { WidgetConfig } from './config.js';

/** What `<cw-provider>` hands to every widget below it, across shadow roots. */
export interface ProviderValue {
  adapter?: DataAdapter;
  config: WidgetConfig;
  /** The grid last selected on any map under this provider; cards without their own target follow it. */
  selectedGridId?: string;
}

export const providerContext = createContext<ProviderValue | undefined>(Symbol('cw-provider'));

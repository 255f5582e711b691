import { createContext, useContext, type ComponentType, type ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import type { Catalogue } from './i18n/i18nProvider';

export interface LoginCredentials {
  username: string;
  password: string;
}

export interface BackOfficeMenuItem {
  to: string;
  label: string;
  icon: ReactElement;
}

export interface BackOfficeSlots {
  Notice?: ComponentType;
  menuItems?: BackOfficeMenuItem[];
  UserMenuItems?: ComponentType;
  BulkResultHint?: ComponentType;
}

export interface HubPlugin {
  start?: () => Promise<unknown>;
  catalogue?: Catalogue;
  routes?: RouteObject[];
  login?: {
    Notice?: ComponentType;
    /** `onChoose` fills the login form in. */
    Panel?: ComponentType<{ onChoose: (credentials: LoginCredentials) => void }>;
    /** Beside the second step's field for the authenticator app's code (the demo shows the code). */
    AppCodeHint?: ComponentType<{ username: string }>;
  };
  /** Loaded with the back office, so customers never load them. */
  backOffice?: () => Promise<BackOfficeSlots>;
}

export const noPlugin: HubPlugin = {};

const PluginContext = createContext<HubPlugin>(noPlugin);

export const PluginProvider = PluginContext.Provider;

export function usePlugin(): HubPlugin {
  return useContext(PluginContext);
}

const BackOfficeSlotsContext = createContext<BackOfficeSlots>({});

export const BackOfficeSlotsProvider = BackOfficeSlotsContext.Provider;

export function useBackOfficeSlots(): BackOfficeSlots {
  return useContext(BackOfficeSlotsContext);
}

/**
 * What a plug-in may add to the app, slot by slot (the demo is one: its login panel, outbox and
 * texts). The app shell alone decides which plug-in is in and provides it here; the sections
 * render the slots without knowing whose they are. A real-API build has none.
 */
import { createContext, useContext, type ComponentType, type ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import type { Catalogue } from './i18n/i18nProvider';

export interface LoginCredentials {
  username: string;
  password: string;
}

export interface BackOfficeMenuItem {
  to: string;
  /** A message key. */
  label: string;
  icon: ReactElement;
}

/** What a plug-in adds to the back office, loaded with the back office's code. */
export interface BackOfficeSlots {
  /** Above every back-office page. */
  Notice?: ComponentType;
  menuItems?: BackOfficeMenuItem[];
  /** Menu items in the user menu, above "log out". */
  UserMenuItems?: ComponentType;
  /** After "the welcome mails went out" of a bulk run. */
  BulkResultHint?: ComponentType;
}

export interface HubPlugin {
  /** Awaited before the first render (the demo's mock API). */
  start?: () => Promise<unknown>;
  /** Its texts, registered with the app's. */
  catalogue?: Catalogue;
  /** Routes of its own, public, beside the sections'. */
  routes?: RouteObject[];
  login?: {
    /** Above the login form. */
    Notice?: ComponentType;
    /** Below the form; `onChoose` fills the form in. */
    Panel?: ComponentType<{ onChoose: (credentials: LoginCredentials) => void }>;
  };
  /** Its back-office slots: customers never load them. */
  backOffice?: () => Promise<BackOfficeSlots>;
}

export const noPlugin: HubPlugin = {};

const PluginContext = createContext<HubPlugin>(noPlugin);

export const PluginProvider = PluginContext.Provider;

/** The slots the app's plug-in fills; empty ones are undefined. */
export function usePlugin(): HubPlugin {
  return useContext(PluginContext);
}

const BackOfficeSlotsContext = createContext<BackOfficeSlots>({});

export const BackOfficeSlotsProvider = BackOfficeSlotsContext.Provider;

/** The plug-in's back-office slots (the app shell loads them with the back office). */
export function useBackOfficeSlots(): BackOfficeSlots {
  return useContext(BackOfficeSlotsContext);
}

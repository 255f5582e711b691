/** Inside react-admin: its locale follows the one chosen in the app (LanguageSwitch, LocaleProvider). */
import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';
import { useLocale } from '../../core/i18n/LocaleProvider';

export function FollowAppLocale() {
  const [appLocale] = useLocale();
  const [adminLocale, setAdminLocale] = useLocaleState();
  useEffect(() => {
    if (adminLocale !== appLocale) setAdminLocale(appLocale);
  }, [adminLocale, appLocale, setAdminLocale]);
  return null;
}

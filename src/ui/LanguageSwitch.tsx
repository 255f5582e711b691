/**
 * Nederlands / English as two always-visible buttons (one tap, also on a phone), for dark bars:
 * the login header and the back-office app bar. The choice goes through react-admin's locale
 * state; the i18nProvider remembers it in localStorage `hub.locale`.
 */
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useLocales, useLocaleState, useTranslate } from 'react-admin';

export function LanguageSwitch() {
  const translate = useTranslate();
  const languages = useLocales();
  const [locale, setLocale] = useLocaleState();
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={locale}
      onChange={(_, next: string | null) => next && setLocale(next)}
      aria-label={translate('hub.language.label')}
      sx={{
        '& .MuiToggleButton-root': {
          color: 'inherit',
          borderColor: 'rgba(255,255,255,0.5)',
          px: 1,
          py: 0.25,
          fontWeight: 600,
        },
        // White on the bar's blue: a translucent tint fell just short of WCAG AA contrast.
        '& .MuiToggleButton-root.Mui-selected, & .MuiToggleButton-root.Mui-selected:hover': {
          color: 'primary.main',
          bgcolor: 'common.white',
        },
      }}
    >
      {languages.map(({ locale: value, name }) => (
        // The name starts with what the button shows (WCAG 2.5.3 Label in Name): "NL Nederlands".
        <ToggleButton key={value} value={value} lang={value} aria-label={`${value.toUpperCase()} ${name}`}>
          {value.toUpperCase()}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}

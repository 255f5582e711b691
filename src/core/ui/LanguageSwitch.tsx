import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { isLocale, locales } from '../i18n/i18nProvider';
import { useLocale, useTranslate } from '../i18n/LocaleProvider';

export function LanguageSwitch() {
  const translate = useTranslate();
  const [locale, setLocale] = useLocale();
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={locale}
      onChange={(_, next: unknown) => isLocale(next) && void setLocale(next)}
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
      {locales.map(({ locale: value, name }) => (
        // The name starts with what the button shows (WCAG 2.5.3 Label in Name).
        <ToggleButton key={value} value={value} lang={value} aria-label={`${value.toUpperCase()} ${name}`}>
          {value.toUpperCase()}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}

import { Alert } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from '../core/i18n/LocaleProvider';
import { demoWasRestoredFromSeed } from './demoData';

export function RestoredFromSeedNotice() {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    let mounted = true;
    demoWasRestoredFromSeed().then(
      (restored) => mounted && restored && setOpen(true),
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, []);
  if (!open) return null;
  return (
    <Alert severity="info" onClose={() => setOpen(false)} sx={{ mb: 2 }}>
      {translate('hub.demo.restored_from_seed')}
    </Alert>
  );
}

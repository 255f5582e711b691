/** Says so when the stored demo data could not be read and the seed was put back instead. */
import { Alert } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { demoWasRestoredFromSeed } from './demoData';

export function RestoredFromSeedNotice() {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  // The page renders while the demo worker is still starting: the answer comes when it is ready.
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

/** Says so when the stored demo data could not be read and the seed was put back instead. */
import { Alert } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { demoWasRestoredFromSeed } from './demoData';

export function RestoredFromSeedNotice() {
  const translate = useTranslate();
  const [open, setOpen] = useState(demoWasRestoredFromSeed);
  if (!open) return null;
  return (
    <Alert severity="info" onClose={() => setOpen(false)} sx={{ mb: 2 }}>
      {translate('hub.demo.restored_from_seed')}
    </Alert>
  );
}

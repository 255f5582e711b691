/** Ten recovery codes, shown this once: kept as a file or written down, and confirmed before moving on. */
import { useId, useState } from 'react';
import { Box, Button, Checkbox, FormControlLabel, FormHelperText, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { saveFile } from '../../core/ui/saveFile';
import type { RecoveryCodes } from './securityApi';

interface RecoveryCodesPanelProps {
  codes: RecoveryCodes;
  doneLabel: string;
  onDone: () => void;
}

export function RecoveryCodesPanel({ codes, doneLabel, onDone }: RecoveryCodesPanelProps) {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.security.recovery.${key}`);
  const [saved, setSaved] = useState(false);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const listId = useId();
  const hintId = useId();

  const download = () => {
    const text = [t('file_heading'), '', ...codes, ''].join('\r\n');
    saveFile(new Blob([text], { type: 'text/plain;charset=utf-8' }), t('file_name'));
  };

  return (
    <Stack spacing={2}>
      <Typography>{t('intro')}</Typography>
      <Typography id={listId} variant="subtitle1" component="h2" fontWeight={600}>
        {t('list')}
      </Typography>
      <Box
        component="ol"
        aria-labelledby={listId}
        sx={{ m: 0, p: 2, bgcolor: 'grey.100', borderRadius: 1, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1, listStylePosition: 'inside', fontFamily: 'monospace', fontSize: '1.05rem' }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </Box>
      <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download} sx={{ alignSelf: 'flex-start' }}>
        {t('download')}
      </Button>
      <Box>
        <FormControlLabel
          control={
            <Checkbox
              checked={saved}
              onChange={(event) => {
                setSaved(event.target.checked);
                setUnconfirmed(false);
              }}
              slotProps={{ input: { 'aria-describedby': unconfirmed ? hintId : undefined } }}
            />
          }
          label={t('saved')}
        />
        {unconfirmed && (
          <FormHelperText id={hintId} error>
            {t('saved_required')}
          </FormHelperText>
        )}
      </Box>
      <Button
        variant="contained"
        sx={{ alignSelf: 'flex-start' }}
        onClick={() => (saved ? onDone() : setUnconfirmed(true))}
      >
        {doneLabel}
      </Button>
    </Stack>
  );
}

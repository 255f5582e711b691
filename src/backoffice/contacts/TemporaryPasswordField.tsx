import { useId, useRef, useState } from 'react';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useTranslate } from '../../core/i18n/LocaleProvider';

type CopyState = 'idle' | 'copied' | 'failed';

/** The clipboard API needs a secure origin; where it fails the password is selected for Ctrl+C. */
interface TemporaryPasswordFieldProps {
  password: string;
  /** The id of the text that explains the password, read out with the field. */
  noteId: string;
}

export function TemporaryPasswordField({ password, noteId }: TemporaryPasswordFieldProps) {
  const translate = useTranslate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const feedbackId = useId();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopyState('copied');
    } catch {
      inputRef.current?.select();
      setCopyState('failed');
    }
  };

  return (
    <>
      <TextField
        label={translate('hub.contacts.addAccount.temporaryPassword')}
        value={password}
        inputRef={inputRef}
        autoFocus
        fullWidth
        margin="normal"
        onFocus={(event) => event.target.select()}
        slotProps={{
          htmlInput: {
            readOnly: true,
            spellCheck: false,
            'aria-describedby': `${noteId} ${feedbackId}`,
            style: { fontFamily: 'monospace', fontSize: '1.2rem', letterSpacing: '0.08em' },
          },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <Tooltip title={translate('hub.contacts.addAccount.copy')}>
                  <IconButton
                    aria-label={translate('hub.contacts.addAccount.copy')}
                    onClick={copy}
                    edge="end"
                  >
                    {copyState === 'copied' ? <CheckIcon color="success" /> : <ContentCopyIcon />}
                  </IconButton>
                </Tooltip>
              </InputAdornment>
            ),
          },
        }}
      />
      {/* Polite live region: read out by screen readers and visible to everyone. */}
      <Typography
        id={feedbackId}
        role="status"
        variant="body2"
        color={copyState === 'failed' ? 'error' : 'success.main'}
        sx={{ minHeight: '1.5em' }}
      >
        {copyState === 'copied' && translate('hub.contacts.addAccount.copied')}
        {copyState === 'failed' && translate('hub.contacts.addAccount.copyFailed')}
      </Typography>
    </>
  );
}

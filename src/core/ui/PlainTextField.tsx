/**
 * MUI's TextField as the theme makes it (filled, its defaults and overrides), without its `select`:
 * TextField imports Select, and with it Menu, Popover and Modal, into every chunk that has a field
 * (docs/performance.md, "Size budgets").
 */
import { FilledInput, FormControl, FormHelperText, InputLabel, type FilledInputProps } from '@mui/material';
import { styled, useThemeProps } from '@mui/material/styles';
import { useId, type ChangeEvent, type ReactNode, type Ref } from 'react';

// The same styled root as TextField's: the theme's MuiTextField overrides and variants apply.
const TextFieldRoot = styled(FormControl, { name: 'MuiTextField', slot: 'Root' })({});

export interface PlainTextFieldProps {
  label: ReactNode;
  value: string;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
  id?: string;
  name?: string;
  type?: string;
  autoComplete?: string;
  autoFocus?: boolean;
  required?: boolean;
  fullWidth?: boolean;
  error?: boolean;
  helperText?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  slotProps?: { input?: Pick<FilledInputProps, 'endAdornment'>; htmlInput?: FilledInputProps['inputProps'] };
}

export function PlainTextField(inProps: PlainTextFieldProps) {
  const { id: idProp, label, helperText, error = false, required = false, fullWidth = false, slotProps, margin, size, variant: _filled, ...input } = useThemeProps({
    props: inProps as PlainTextFieldProps & { margin?: 'dense' | 'normal' | 'none'; size?: 'small' | 'medium'; variant?: string },
    name: 'MuiTextField',
  });
  const generatedId = useId();
  const id = idProp ?? generatedId;
  const helperTextId = helperText ? `${id}-helper-text` : undefined;
  return (
    <TextFieldRoot className="MuiTextField-root" variant="filled" error={error} required={required} fullWidth={fullWidth} margin={margin} size={size}>
      <InputLabel htmlFor={id} id={`${id}-label`}>
        {label}
      </InputLabel>
      <FilledInput id={id} aria-describedby={helperTextId} fullWidth={fullWidth} inputProps={slotProps?.htmlInput} {...input} {...slotProps?.input} />
      {helperText && <FormHelperText id={helperTextId}>{helperText}</FormHelperText>}
    </TextFieldRoot>
  );
}

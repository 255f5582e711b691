import type { ReactNode } from 'react';
import { ThemeProvider, type Theme } from '@mui/material/styles';
import type { CheckboxProps } from '@mui/material/Checkbox';

/** Workaround: react-admin 5.15's row checkbox puts its aria-label on MUI's <span>, leaving the <input>
 * unnamed (axe `label`). Remove once react-admin labels the input itself. */
type Owner = CheckboxProps & { className?: string };
const isRowCheckbox = (owner: Owner) => Boolean(owner['aria-label'] && owner.className?.includes('select-item'));

const withNamedInputs = (outer: Theme): Theme => ({
  ...outer,
  components: {
    ...outer.components,
    MuiCheckbox: {
      ...outer.components?.MuiCheckbox,
      defaultProps: {
        ...outer.components?.MuiCheckbox?.defaultProps,
        slotProps: {
          root: (owner: Owner) => (isRowCheckbox(owner) ? { 'aria-label': undefined } : {}),
          // A default `slotProps.input` wins over `inputProps`, so others keep theirs explicitly.
          input: (owner: Owner) => (isRowCheckbox(owner) ? { 'aria-label': owner['aria-label'] } : (owner.inputProps ?? {})),
        },
      },
    },
  },
});

export function RowCheckboxNames({ children }: { children: ReactNode }) {
  return <ThemeProvider theme={withNamedInputs}>{children}</ThemeProvider>;
}

/**
 * Search, status and organisation filters above the contract list; on phones (cards have no
 * column headers) also the sort field and direction.
 */
import { Box, IconButton, InputAdornment, Stack, TextField, type SxProps, type Theme } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import { useTranslate } from 'react-admin';
import { sortFields, statuses, type ContractQuery, type SortField } from './contractQuery';
import { useSortLabel } from './useSortLabel';

interface ContractFiltersProps {
  query: ContractQuery;
  onChange: (change: Partial<ContractQuery>) => void;
  organisations: { id: string; name: string }[];
  showSort: boolean;
}

export function ContractFilters({ query, onChange, organisations, showSort }: ContractFiltersProps) {
  const translate = useTranslate();
  const sortLabel = useSortLabel();
  const t = (key: string) => translate(`hub.portal.contracts.${key}`);
  const all = { value: '', label: t('all') };
  // The theme makes inputs full width. Phones: search and sort on their own rows, the two
  // filters side by side; wider screens: everything on one row.
  const fieldSx = { width: { xs: '100%', sm: 220 }, minWidth: 0 };
  const fullRow = { gridColumn: '1 / -1' };

  return (
    <Box
      sx={{
        display: { xs: 'grid', sm: 'flex' },
        gridTemplateColumns: '1fr 1fr',
        flexWrap: 'wrap',
        gap: 2,
        mb: 2,
      }}
    >
      <TextField
        type="search"
        size="small"
        label={t('search')}
        placeholder={t('search_hint')}
        value={query.q}
        onChange={(event) => onChange({ q: event.target.value })}
        slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon /></InputAdornment> } }}
        sx={{ ...fullRow, width: { xs: '100%', sm: 340 } }}
      />
      <NativeSelect
        label={t('fields.status')}
        value={query.status}
        onChange={(status) => onChange({ status })}
        options={[all, ...statuses.map((status) => ({ value: status, label: t(`status.${status}`) }))]}
        sx={fieldSx}
      />
      <NativeSelect
        label={t('fields.organisation')}
        value={query.organisation}
        onChange={(organisation) => onChange({ organisation })}
        options={[all, ...organisations.map(({ id, name }) => ({ value: id, label: name }))]}
        sx={fieldSx}
      />
      {showSort && (
        <Stack direction="row" spacing={1} sx={{ ...fullRow, alignItems: 'center' }}>
          <NativeSelect
            label={t('sort_by')}
            value={query.sort}
            onChange={(sort) => onChange({ sort: sort as SortField })}
            options={sortFields.map((field) => ({ value: field, label: sortLabel(field) }))}
            sx={{ flex: 1 }}
          />
          <IconButton
            onClick={() => onChange({ order: query.order === 'ASC' ? 'DESC' : 'ASC' })}
            aria-label={`${sortLabel(query.sort)}: ${t(query.order === 'ASC' ? 'sort_ascending' : 'sort_descending')}`}
          >
            {query.order === 'ASC' ? <ArrowUpwardIcon /> : <ArrowDownwardIcon />}
          </IconButton>
        </Stack>
      )}
    </Box>
  );
}

interface NativeSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  sx: SxProps<Theme>;
}

/** A native <select> (the phone's own picker) with a floating label, as all three choices use. */
function NativeSelect({ label, value, onChange, options, sx }: NativeSelectProps) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      sx={sx}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}

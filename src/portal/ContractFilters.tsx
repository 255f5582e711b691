/**
 * Search, status and organisation filters above the contract list; on phones (cards have no
 * column headers) also the sort field and direction.
 */
import { Box, IconButton, InputAdornment, Stack, TextField } from '@mui/material';
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
  const all = <option value="">{t('all')}</option>;
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
      <TextField
        select
        size="small"
        label={t('fields.status')}
        value={query.status}
        onChange={(event) => onChange({ status: event.target.value })}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        sx={fieldSx}
      >
        {all}
        {statuses.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('fields.organisation')}
        value={query.organisation}
        onChange={(event) => onChange({ organisation: event.target.value })}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        sx={fieldSx}
      >
        {all}
        {organisations.map(({ id, name }) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </TextField>
      {showSort && (
        <Stack direction="row" spacing={1} sx={{ ...fullRow, alignItems: 'center' }}>
          <TextField
            select
            size="small"
            label={t('sort_by')}
            value={query.sort}
            onChange={(event) => onChange({ sort: event.target.value as SortField })}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            sx={{ flex: 1 }}
          >
            {sortFields.map((field) => (
              <option key={field} value={field}>
                {sortLabel(field)}
              </option>
            ))}
          </TextField>
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

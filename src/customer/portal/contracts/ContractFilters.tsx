/** Native inputs and selects styled like MUI's small filled fields: faster on phones than
 * TextFields (docs/performance.md, The portal's look-alikes). */
import { useId } from 'react';
import { IconButton, styled } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { sortFields, statuses, type ContractQuery, type SortField } from './contractQuery';
import { useSortLabel } from './useSortLabel';

const FilterBar = styled('div')(({ theme }) => {
  const light = theme.palette.mode === 'light';
  const underline = light ? 'rgba(0, 0, 0, 0.42)' : 'rgba(255, 255, 255, 0.7)';
  return {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
    [theme.breakpoints.up('sm')]: { display: 'flex', flexWrap: 'wrap' },
    '& .filter-row': { gridColumn: '1 / -1', display: 'flex', alignItems: 'center', gap: theme.spacing(1) },
    '& .filter-field': {
      position: 'relative',
      minWidth: 0,
      // react-admin's theme gives text fields the "dense" margins.
      marginTop: theme.spacing(1),
      marginBottom: theme.spacing(0.5),
      backgroundColor: light ? 'rgba(0, 0, 0, 0.06)' : 'rgba(255, 255, 255, 0.09)',
      borderTopLeftRadius: theme.shape.borderRadius,
      borderTopRightRadius: theme.shape.borderRadius,
      transition: theme.transitions.create('background-color', { duration: theme.transitions.duration.shorter }),
      [theme.breakpoints.up('sm')]: { width: 220 },
      '&:hover': { backgroundColor: light ? 'rgba(0, 0, 0, 0.09)' : 'rgba(255, 255, 255, 0.13)' },
      '&::before, &::after': { content: '""', position: 'absolute', left: 0, right: 0, bottom: 0, pointerEvents: 'none' },
      '&::before': { borderBottom: `1px solid ${underline}` },
      '&:hover::before': { borderBottomColor: theme.palette.text.primary },
      '&::after': {
        borderBottom: `2px solid ${theme.palette.primary.main}`,
        transform: 'scaleX(0)',
        transition: theme.transitions.create('transform', { duration: theme.transitions.duration.shorter }),
      },
      '&:focus-within::after': { transform: 'scaleX(1)' },
      '&:focus-within label': { color: theme.palette.primary.main },
    },
    '& .filter-search': { gridColumn: '1 / -1', [theme.breakpoints.up('sm')]: { width: 340 } },
    '& .filter-row .filter-field': { flex: 1, margin: 0 },
    '& label': {
      position: 'absolute',
      left: 12,
      top: 4,
      fontFamily: theme.typography.fontFamily,
      fontSize: theme.typography.pxToRem(12),
      lineHeight: 1.4375,
      color: theme.palette.text.secondary,
      pointerEvents: 'none',
    },
    '& input, & select': {
      ...theme.typography.body1,
      lineHeight: '1.4375em',
      display: 'block',
      width: '100%',
      boxSizing: 'border-box',
      margin: 0,
      padding: '21px 12px 4px',
      border: 0,
      borderRadius: 0,
      outline: 0,
      background: 'none',
      color: theme.palette.text.primary,
      appearance: 'none',
    },
    '& input::placeholder': { color: 'currentColor', opacity: light ? 0.42 : 0.5 },
    '& .filter-search input': { paddingLeft: 44 },
    '& select': { paddingRight: 32, cursor: 'pointer' },
    '& .filter-search svg': { position: 'absolute', left: 12, bottom: 4, color: theme.palette.action.active },
    '& .filter-field > svg:last-child': { position: 'absolute', right: 7, top: 'calc(50% - 0.1em)', color: theme.palette.action.active, pointerEvents: 'none' },
  };
});

interface ContractFiltersProps {
  query: ContractQuery;
  onChange: (change: Partial<ContractQuery>) => void;
  organisations: { id: string; name: string }[];
  showSort: boolean;
}

export function ContractFilters({ query, onChange, organisations, showSort }: ContractFiltersProps) {
  const translate = useTranslate();
  const sortLabel = useSortLabel();
  const searchId = useId();
  const t = (key: string) => translate(`hub.portal.contracts.${key}`);
  const all = { value: '', label: t('all') };

  return (
    <FilterBar>
      <div className="filter-field filter-search">
        <label htmlFor={searchId}>{t('search')}</label>
        <input
          id={searchId}
          type="search"
          placeholder={t('search_hint')}
          value={query.q}
          onChange={(event) => onChange({ q: event.target.value })}
        />
        <SearchIcon />
      </div>
      <Select
        label={t('fields.status')}
        value={query.status}
        onChange={(status) => onChange({ status })}
        options={[all, ...statuses.map((status) => ({ value: status, label: t(`status.${status}`) }))]}
      />
      <Select
        label={t('fields.organisation')}
        value={query.organisation}
        onChange={(organisation) => onChange({ organisation })}
        options={[all, ...organisations.map(({ id, name }) => ({ value: id, label: name }))]}
      />
      {showSort && (
        <div className="filter-row">
          <Select
            label={t('sort_by')}
            value={query.sort}
            onChange={(sort) => onChange({ sort: sort as SortField })}
            options={sortFields.map((field) => ({ value: field, label: sortLabel(field) }))}
          />
          <IconButton
            onClick={() => onChange({ order: query.order === 'ASC' ? 'DESC' : 'ASC' })}
            aria-label={`${sortLabel(query.sort)}: ${t(query.order === 'ASC' ? 'sort_ascending' : 'sort_descending')}`}
          >
            {query.order === 'ASC' ? <ArrowUpwardIcon /> : <ArrowDownwardIcon />}
          </IconButton>
        </div>
      )}
    </FilterBar>
  );
}

interface SelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}

function Select({ label, value, onChange, options }: SelectProps) {
  const id = useId();
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ArrowDropDownIcon />
    </div>
  );
}

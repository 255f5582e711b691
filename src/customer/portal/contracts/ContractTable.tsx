import { Box, Link as MuiLink, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TableSortLabel, Paper, Typography } from '@mui/material';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { Link, useLocation } from 'react-router';
import type { ContractListItem } from '../../../core/api/types';
import type { ContractQuery, SortField } from './contractQuery';
import { ContractStatusBadge } from './ContractStatusBadge';
import { portalPaths } from '../portalPaths';
import { useLocaleFormat } from '../useLocaleFormat';
import { useSortLabel } from './useSortLabel';
import { InLanguage } from './InLanguage';

interface ContractTableProps {
  contracts: ContractListItem[];
  query: ContractQuery;
  onSort: (change: Pick<ContractQuery, 'sort' | 'order'>) => void;
}

const columns: SortField[] = ['number', 'product', 'organizationName', 'status', 'startDate', 'endDate', 'premium'];

export function ContractTable({ contracts, query, onSort }: ContractTableProps) {
  const translate = useTranslate();
  const sortLabel = useSortLabel();
  const format = useLocaleFormat();
  const { search } = useLocation();

  const sortBy = (field: SortField) =>
    onSort({ sort: field, order: query.sort === field && query.order === 'ASC' ? 'DESC' : 'ASC' });

  return (
    <TableContainer component={Paper}>
      <Table
        size="small"
        aria-label={translate('hub.portal.contracts.title')}
        // Narrower gutters so all seven columns fit next to the menu on a laptop screen.
        sx={{ '& th, & td': { px: 1 }, '& th:first-of-type, & td:first-of-type': { pl: 2 }, '& th:last-of-type, & td:last-of-type': { pr: 2 } }}
      >
        <TableHead>
          <TableRow>
            {columns.map((field) => {
              const active = query.sort === field;
              return (
                <TableCell
                  key={field}
                  align={field === 'premium' ? 'right' : 'left'}
                  aria-sort={active ? (query.order === 'ASC' ? 'ascending' : 'descending') : undefined}
                >
                  <TableSortLabel active={active} direction={active && query.order === 'DESC' ? 'desc' : 'asc'} onClick={() => sortBy(field)}>
                    {sortLabel(field)}
                  </TableSortLabel>
                </TableCell>
              );
            })}
          </TableRow>
        </TableHead>
        <TableBody>
          {contracts.map((contract) => (
            <TableRow key={contract.id} hover>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <MuiLink component={Link} to={portalPaths.contract(contract.id)} state={{ listSearch: search }}>
                  {contract.number}
                </MuiLink>
              </TableCell>
              <TableCell>
                <InLanguage language={contract.language}>{contract.product}</InLanguage>
                <Typography variant="body2" color="text.secondary">
                  {contract.insurer}
                </Typography>
              </TableCell>
              <TableCell>{contract.organizationName}</TableCell>
              <TableCell>
                <ContractStatusBadge status={contract.status} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.date(contract.startDate)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {contract.endDate ? format.date(contract.endDate) : translate('hub.portal.contracts.no_end_date')}
              </TableCell>
              <TableCell align="right">
                <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                  {format.money(contract.premium)}
                </Box>
                <Typography variant="body2" color="text.secondary">
                  {translate(`hub.portal.contracts.frequency.${contract.frequency}`)}
                </Typography>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

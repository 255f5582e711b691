import { useSearchParams } from 'react-router';
import { readContractQuery, writeContractQuery, type ContractQuery } from './contractQuery';

export function useContractQuery() {
  const [params, setParams] = useSearchParams();
  const query = readContractQuery(params);
  // replace: typing a search term must not add a history entry per keystroke.
  const update = (change: Partial<ContractQuery>) => setParams(writeContractQuery({ ...query, ...change }), { replace: true });
  return { query, update };
}

import HistoryIcon from '@mui/icons-material/History';
import { onlyWithAccess } from '../layout/onlyWithAccess';
import { lazyNamed } from '../../core/ui/lazyNamed';

const AuditList = onlyWithAccess(lazyNamed(() => import('./AuditList'), 'AuditList'), 'audit', 'list');

const audit = {
  list: AuditList,
  icon: HistoryIcon,
};

export default audit;

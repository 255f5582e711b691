/** The audit resource (Beheerder only), as one object: `<Resource name="audit" {...audit} />`. */
import HistoryIcon from '@mui/icons-material/History';
import { lazyNamed } from '../ui/lazyNamed';

const AuditList = lazyNamed(() => import('./AuditList'), 'AuditList');

const audit = {
  list: AuditList,
  icon: HistoryIcon,
};

export default audit;

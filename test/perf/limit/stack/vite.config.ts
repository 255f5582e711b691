import { limitAppConfig } from '../limitAppConfig.ts';

export default limitAppConfig('stack');

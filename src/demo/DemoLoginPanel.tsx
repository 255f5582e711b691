import { Box, Divider } from '@mui/material';
import type { LoginCredentials } from '../core/plugins';
import { DemoAccountList } from './DemoAccountList';
import { ResetDemoDataButton } from './ResetDemoDataButton';

export function DemoLoginPanel({ onChoose }: { onChoose: (credentials: LoginCredentials) => void }) {
  return (
    <>
      <Divider />
      <DemoAccountList onChoose={onChoose} />
      <Box>
        <ResetDemoDataButton />
      </Box>
    </>
  );
}

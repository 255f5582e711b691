/** Beside the second step's code field: the code the seeded accounts' app shows now, so the demo needs no phone. */
import { Alert } from '@mui/material';
import { useEffect, useState } from 'react';
import { Secret, TOTP } from 'otpauth';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { DEMO_CUSTOMER, DEMO_TOTP_SECRET, STAFF_WITHOUT_SECOND_FACTOR, staffUsers } from '../../../mocks/db/logins';

const PERIOD_MS = 30_000;
const app = new TOTP({ secret: Secret.fromBase32(DEMO_TOTP_SECRET) });

/** The accounts the demo seeds with its app (the seed's rule, mocks/db/seed.ts). */
const WITH_THE_DEMO_APP = new Set<string>([
  ...staffUsers.map(({ username }) => username).filter((username) => username !== STAFF_WITHOUT_SECOND_FACTOR),
  DEMO_CUSTOMER,
]);

/** The current code, renewed when the app shows the next one. */
function useCurrentCode(): string {
  const [code, setCode] = useState(() => app.generate());
  useEffect(() => {
    const timer = setTimeout(() => setCode(app.generate()), PERIOD_MS - (Date.now() % PERIOD_MS) + 50);
    return () => clearTimeout(timer);
  }, [code]);
  return code;
}

export function DemoAppCode({ username }: { username: string }) {
  const translate = useTranslate();
  const code = useCurrentCode();
  if (!WITH_THE_DEMO_APP.has(username.toLowerCase())) return null;
  return (
    // A note, not a live region: it changes every 30 seconds.
    <Alert severity="info" icon={false} role="note">
      {translate('hub.demo.app_code', { code: `${code.slice(0, 3)} ${code.slice(3)}` })}
    </Alert>
  );
}

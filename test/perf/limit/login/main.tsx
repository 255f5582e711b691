/**
 * The limit login app: the least a login form can be in this stack (React 19 + MUI 7): a Card,
 * two TextFields and a Button. `npm run bench` measures the Hub's login and password pages
 * against it, so keep it bare.
 */
import { CacheProvider } from '@emotion/react';
import { Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { emotionNonceCache } from '../emotionNonce';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CacheProvider value={emotionNonceCache}>
      <Card component="main" sx={{ maxWidth: 400, mx: 'auto', mt: 4 }}>
        <CardContent>
          <Stack component="form" spacing={2} onSubmit={(event) => event.preventDefault()}>
            <Typography variant="h5" component="h1">
              Inloggen
            </Typography>
            <TextField name="username" label="Gebruikersnaam" autoComplete="username" required />
            <TextField name="password" label="Wachtwoord" type="password" autoComplete="current-password" required />
            <Button type="submit" variant="contained">
              Inloggen
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </CacheProvider>
  </StrictMode>,
);

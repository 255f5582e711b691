/** A titled card within a portal page; its heading names the section for screen readers. */
import { Card, CardContent, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';

export function SectionCard({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId}>
      <CardContent>
        <Typography id={headingId} variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

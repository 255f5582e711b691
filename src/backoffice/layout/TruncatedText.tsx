import Box from '@mui/material/Box';

/**
 * A name or address that may be a hundred characters: cut with "…" so it cannot widen a table
 * column past the screen; the whole text is its tooltip (`title`) and stays its accessible name.
 */
export function TruncatedText({ text, maxWidth = '18em' }: { text: string; maxWidth?: string }) {
  return (
    <Box
      component="span"
      title={text}
      sx={{ display: 'inline-block', maxWidth, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'bottom' }}
    >
      {text}
    </Box>
  );
}

import { useEffect, useState } from 'react';

const DEBOUNCE_MS = 300;

/** The search box's text now, and the text to search for once typing has paused. */
export function useOutboxSearch() {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return { text, setText, query };
}

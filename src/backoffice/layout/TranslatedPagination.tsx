/**
 * react-admin's <Pagination> translates the page buttons' labels on wide screens only; on small
 * screens MUI's English "Go to next page" remained. This sets the translated labels everywhere.
 */
import { Pagination, type PaginationProps } from 'react-admin';
import { useTranslate } from '../../core/i18n/LocaleProvider';

export function TranslatedPagination(props: PaginationProps) {
  const translate = useTranslate();
  const labelled = (type: 'first' | 'last' | 'next' | 'previous') => {
    const label = translate(`ra.navigation.${type}`);
    return { 'aria-label': label, title: label };
  };
  return (
    <Pagination
      slotProps={{
        actions: {
          firstButton: labelled('first'),
          lastButton: labelled('last'),
          nextButton: labelled('next'),
          previousButton: labelled('previous'),
        },
      }}
      {...props}
    />
  );
}

/** react-admin translates the page buttons only on wide screens; this translates them everywhere. */
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

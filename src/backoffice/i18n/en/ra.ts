/** Where react-admin's English reads wrong in our pages; the rest is ra-language-english's. */
export const raEnglishFixes = {
  ra: {
    message: {
      // react-admin's 404 page adds the full stop itself.
      not_found: 'Either you typed a wrong URL, or you followed a bad link',
    },
    navigation: {
      // Without the resource's name, which react-admin passes capitalised ("Contacts").
      no_filtered_results: 'No results with the current filters.',
      no_results: 'No results found.',
    },
  },
};

export const documents = {
  hub: {
    documents: {
      not_allowed: 'You cannot open these documents here: your account does not have the permission "Download documents". Ask your adviser for the documents, or for that permission.',
      downloading: 'Downloading…',
      progress: 'Downloading %{title}',
      progress_percent: '%{percent}% of %{size}',
      saved: '%{title} has been downloaded.',
      failed: {
        network_error: 'The document could not be downloaded: there is no connection. Check your internet connection and try again.',
        forbidden: 'You may not download this document: your account does not have the permission "Download documents".',
        not_found: 'This document no longer exists, or it does not belong to your contracts.',
        other: 'The download failed because of a fault on our side. Please try again later.',
      },
      retry: 'Try again',
    },
  },
};

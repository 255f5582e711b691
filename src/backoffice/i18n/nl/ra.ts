import englishMessages from 'ra-language-english';

/**
 * The shape of react-admin's English catalogue with ra-core's index signatures and optional
 * markers removed: a missing Dutch key, or a misspelled extra one, then fails `tsc -b`.
 */
type Catalogue<T> = {
  [K in keyof T as string extends K ? never : number extends K ? never : K]-?: NonNullable<T[K]> extends string
    ? string
    : Catalogue<NonNullable<T[K]>>;
};

/**
 * Full Dutch translation of react-admin 5's own messages (ra-language-english 5.15.4), in the
 * formal "u" form. The npm package ra-language-dutch is v4 and pins ra-core 4, so we keep our own.
 * Where the English sentence puts a lowercase resource name (%{name}) first or needs an article
 * of unknown gender (de/het), the Dutch is rephrased so that it stays grammatical for any resource.
 */
export const raDutch: Catalogue<typeof englishMessages> = {
  ra: {
    action: {
      add_filter: 'Filter toevoegen',
      add: 'Toevoegen',
      back: 'Terug',
      bulk_actions: '1 geselecteerd |||| %{smart_count} geselecteerd',
      cancel: 'Annuleren',
      clear_array_input: 'Lijst leegmaken',
      clear_input_value: 'Waarde wissen',
      clone: 'Dupliceren',
      confirm: 'Bevestigen',
      create: 'Aanmaken',
      create_item: '%{item} aanmaken',
      delete: 'Verwijderen',
      edit: 'Bewerken',
      export: 'Exporteren',
      list: 'Lijst',
      refresh: 'Vernieuwen',
      remove_filter: 'Dit filter verwijderen',
      remove_all_filters: 'Alle filters verwijderen',
      remove: 'Verwijderen',
      reset: 'Herstellen',
      save: 'Opslaan',
      search: 'Zoeken',
      search_columns: 'Kolommen zoeken',
      select_all: 'Alles selecteren',
      select_all_button: 'Alles selecteren',
      select_row: 'Deze rij selecteren',
      show: 'Bekijken',
      sort: 'Sorteren',
      undo: 'Ongedaan maken',
      unselect: 'Selectie opheffen',
      expand: 'Uitklappen',
      close: 'Sluiten',
      open_menu: 'Menu openen',
      close_menu: 'Menu sluiten',
      update: 'Bijwerken',
      move_up: 'Omhoog verplaatsen',
      move_down: 'Omlaag verplaatsen',
      open: 'Openen',
      toggle_theme: 'Lichte/donkere modus wisselen',
      select_columns: 'Kolommen',
      update_application: 'Applicatie opnieuw laden',
    },
    boolean: {
      true: 'Ja',
      false: 'Nee',
      null: ' ',
    },
    page: {
      create: '%{name} aanmaken',
      dashboard: 'Dashboard',
      edit: '%{name} %{recordRepresentation}',
      error: 'Er is iets misgegaan',
      list: '%{name}',
      loading: 'Laden',
      not_found: 'Niet gevonden',
      show: '%{name} %{recordRepresentation}',
      empty: 'Nog geen %{name}.',
      invite: 'Wilt u er een toevoegen?',
      access_denied: 'Geen toegang',
      authentication_error: 'Authenticatiefout',
    },
    input: {
      file: {
        upload_several: 'Sleep bestanden hierheen om ze te uploaden, of klik om er een te selecteren.',
        upload_single: 'Sleep een bestand hierheen om het te uploaden, of klik om het te selecteren.',
      },
      image: {
        upload_several: 'Sleep afbeeldingen hierheen om ze te uploaden, of klik om er een te selecteren.',
        upload_single: 'Sleep een afbeelding hierheen om deze te uploaden, of klik om deze te selecteren.',
      },
      references: {
        all_missing: 'De gekoppelde gegevens zijn niet gevonden.',
        many_missing: 'Ten minste een van de gekoppelde gegevens lijkt niet meer beschikbaar te zijn.',
        single_missing: 'De gekoppelde gegevens lijken niet meer beschikbaar te zijn.',
      },
      password: {
        toggle_visible: 'Wachtwoord verbergen',
        toggle_hidden: 'Wachtwoord tonen',
      },
    },
    message: {
      about: 'Over',
      access_denied: 'U hebt niet de juiste rechten om deze pagina te bekijken',
      are_you_sure: 'Weet u het zeker?',
      authentication_error:
        'De authenticatieserver gaf een fout en uw inloggegevens konden niet worden gecontroleerd.',
      auth_error: 'Er is een fout opgetreden bij het controleren van het authenticatietoken.',
      bulk_delete_content:
        'Weet u zeker dat u dit %{name}-item wilt verwijderen? |||| Weet u zeker dat u deze %{smart_count} items wilt verwijderen?',
      bulk_delete_title: 'Verwijder %{name} |||| Verwijder %{smart_count} %{name}',
      bulk_update_content:
        'Weet u zeker dat u %{name} %{recordRepresentation} wilt bijwerken? |||| Weet u zeker dat u deze %{smart_count} items wilt bijwerken?',
      bulk_update_title: 'Werk %{name} %{recordRepresentation} bij |||| Werk %{smart_count} %{name} bij',
      clear_array_input: 'Weet u zeker dat u de hele lijst wilt leegmaken?',
      delete_content: 'Weet u zeker dat u dit %{name}-item wilt verwijderen?',
      delete_title: 'Verwijder %{name} %{recordRepresentation}',
      details: 'Details',
      error: 'Er is een fout opgetreden in de applicatie en uw verzoek kon niet worden voltooid.',
      invalid_form: 'Het formulier is niet geldig. Controleer de fouten.',
      loading: 'Een ogenblik geduld',
      no: 'Nee',
      not_found: 'U hebt een verkeerde URL ingevoerd of een ongeldige link gevolgd.',
      select_all_limit_reached:
        'Er zijn te veel elementen om ze allemaal te selecteren. Alleen de eerste %{max} elementen zijn geselecteerd.',
      unsaved_changes: 'Sommige wijzigingen zijn niet opgeslagen. Weet u zeker dat u ze wilt negeren?',
      yes: 'Ja',
      placeholder_data_warning: 'Netwerkprobleem: de gegevens konden niet worden vernieuwd.',
    },
    navigation: {
      clear_filters: 'Filters wissen',
      no_filtered_results: 'Geen %{name} gevonden met de huidige filters.',
      no_results: 'Geen %{name} gevonden',
      no_more_results: 'Paginanummer %{page} valt buiten het bereik. Probeer de vorige pagina.',
      page_out_of_boundaries: 'Paginanummer %{page} valt buiten het bereik',
      page_out_from_end: 'U bent al op de laatste pagina',
      page_out_from_begin: 'U bent al op pagina 1',
      page_range_info: '%{offsetBegin}-%{offsetEnd} van %{total}',
      partial_page_range_info: '%{offsetBegin}-%{offsetEnd} van meer dan %{offsetEnd}',
      current_page: 'Pagina %{page}',
      page: 'Ga naar pagina %{page}',
      first: 'Ga naar de eerste pagina',
      last: 'Ga naar de laatste pagina',
      next: 'Ga naar de volgende pagina',
      previous: 'Ga naar de vorige pagina',
      page_rows_per_page: 'Rijen per pagina:',
      skip_nav: 'Direct naar de inhoud',
    },
    sort: {
      sort_by: 'Sorteren op %{field_lower_first} (%{order})',
      ASC: 'oplopend',
      DESC: 'aflopend',
    },
    auth: {
      auth_check_error: 'Log in om verder te gaan',
      user_menu: 'Profiel',
      username: 'Gebruikersnaam',
      password: 'Wachtwoord',
      email: 'E-mailadres',
      sign_in: 'Inloggen',
      sign_in_error: 'Inloggen mislukt, probeer het opnieuw',
      logout: 'Uitloggen',
    },
    notification: {
      updated: 'Element bijgewerkt |||| %{smart_count} elementen bijgewerkt',
      created: 'Element aangemaakt',
      deleted: 'Element verwijderd |||| %{smart_count} elementen verwijderd',
      bad_item: 'Onjuist element',
      item_doesnt_exist: 'Element bestaat niet',
      http_error: 'Fout in de communicatie met de server',
      data_provider_error: 'Fout in de dataProvider. Zie de console voor details.',
      i18n_error: 'De vertalingen voor de gekozen taal kunnen niet worden geladen',
      canceled: 'Actie geannuleerd',
      logged_out: 'Uw sessie is beëindigd. Log opnieuw in.',
      not_authorized: 'U hebt geen toegang tot deze gegevens.',
      application_update_available: 'Er is een nieuwe versie beschikbaar.',
      offline: 'Geen verbinding. De gegevens konden niet worden opgehaald.',
    },
    validation: {
      required: 'Verplicht',
      minLength: 'Moet minimaal %{min} tekens bevatten',
      maxLength: 'Mag maximaal %{max} tekens bevatten',
      minValue: 'Moet minimaal %{min} zijn',
      maxValue: 'Mag maximaal %{max} zijn',
      number: 'Moet een getal zijn',
      email: 'Moet een geldig e-mailadres zijn',
      oneOf: 'Moet een van de volgende waarden zijn: %{options}',
      regex: 'Moet voldoen aan een specifiek formaat (regexp): %{pattern}',
      unique: 'Moet uniek zijn',
    },
    saved_queries: {
      label: 'Opgeslagen zoekopdrachten',
      query_name: 'Naam zoekopdracht',
      new_label: 'Huidige zoekopdracht opslaan...',
      new_dialog_title: 'Huidige zoekopdracht opslaan als',
      remove_label: 'Opgeslagen zoekopdracht verwijderen',
      remove_label_with_name: 'Zoekopdracht "%{name}" verwijderen',
      remove_dialog_title: 'Opgeslagen zoekopdracht verwijderen?',
      remove_message: 'Weet u zeker dat u dit item uit uw lijst met opgeslagen zoekopdrachten wilt verwijderen?',
      help: 'Filter de lijst en sla deze zoekopdracht op voor later',
    },
    guesser: {
      empty: {
        title: 'Geen gegevens om weer te geven',
        message: 'Controleer uw dataprovider',
      },
    },
    configurable: {
      customize: 'Aanpassen',
      configureMode: 'Deze pagina configureren',
      inspector: {
        title: 'Inspector',
        content: 'Beweeg de muis over de onderdelen van de applicatie om ze te configureren',
        reset: 'Instellingen herstellen',
        hideAll: 'Alles verbergen',
        showAll: 'Alles tonen',
      },
      Datagrid: {
        title: 'Tabel',
        unlabeled: 'Kolom zonder label #%{column}',
      },
      SimpleForm: {
        title: 'Formulier',
        unlabeled: 'Invoerveld zonder label #%{input}',
      },
      SimpleList: {
        title: 'Lijst',
        primaryText: 'Primaire tekst',
        secondaryText: 'Secundaire tekst',
        tertiaryText: 'Tertiaire tekst',
      },
    },
  },
};

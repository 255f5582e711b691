/** Word lists for the Dutch seed: names with tussenvoegsels, streets, and cities with postcodes. */
export const firstNames = [
  'Daan', 'Sem', 'Lucas', 'Levi', 'Finn', 'Milan', 'Bram', 'Thijs', 'Ruben', 'Jesse', 'Lars', 'Tim',
  'Stijn', 'Joris', 'Koen', 'Willem', 'Hendrik', 'Gerrit', 'Kees', 'Joost', 'Mohammed', 'Youssef',
  'Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Sara', 'Anna', 'Eva', 'Noor', 'Lotte', 'Fleur',
  'Sanne', 'Iris', 'Femke', 'Anouk', 'Marieke', 'Ingrid', 'Annelies', 'Renée', 'Chloë', 'Aïcha',
  'Noah', 'Sven', 'Jasper', 'Maarten', 'Esmée', 'Liselotte', 'Kiki', 'Yara', 'Romy', 'Floor',
] as const;

/** Surnames without a tussenvoegsel. */
export const plainSurnames = [
  'Jansen', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters',
  'Hendriks', 'Dekker', 'Brouwer', 'Dijkstra', 'Smits', 'Kok', 'Jacobs', 'Vermeulen', 'Schouten',
  'Willems', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'Prins', 'Huisman', 'Kuipers', 'Wouters',
  'Postma', 'Brink', 'Çelik', 'Yılmaz', 'El Idrissi', 'El Khatib', 'Bouzid', 'Pinas', 'Sedney',
  'Nguyen', 'Kramer', 'Zwart', 'Schipper', 'Öztürk',
] as const;

/** Surnames with the tussenvoegsel they belong with ("de Vries", "van der Meer"). */
export const prefixedSurnames: readonly (readonly [string, string])[] = [
  ['de', 'Vries'], ['de', 'Jong'], ['van den', 'Berg'], ['van', 'Dijk'], ['de', 'Boer'],
  ['de', 'Groot'], ['de', 'Wit'], ['de', 'Graaf'], ['van der', 'Meer'], ['van der', 'Linden'],
  ['de', 'Haan'], ['van den', 'Heuvel'], ['van der', 'Veen'], ['van den', 'Broek'], ['de', 'Bruijn'],
  ['van', 'Beek'], ['van', 'Leeuwen'], ['ter', 'Horst'], ["in 't", 'Veld'], ['op de', 'Beek'],
  ["van 't", 'Hof'], ['te', 'Velde'], ['van de', 'Kamp'], ['den', 'Hartog'],
];

export const streets = [
  'Dorpsstraat', 'Kerkstraat', 'Schoolstraat', 'Molenweg', 'Stationsweg', 'Julianastraat',
  'Beatrixlaan', 'Wilhelminastraat', 'Prins Bernhardlaan', 'Nieuwstraat', 'Marktplein', 'Lindelaan',
  'Eikenlaan', 'Parkweg', 'Kastanjelaan', 'Havenstraat', 'Oranjestraat', 'Rozengracht',
  'Herengracht', 'Vondelstraat', 'Burgemeester de Withstraat', 'Van Goghlaan', 'Sluisweg',
] as const;

/** City, the range of the postcode's four digits, and the area code for landlines. */
export const cities = [
  { city: 'Amsterdam', from: 1011, to: 1109, areaCode: '020' },
  { city: 'Rotterdam', from: 3011, to: 3089, areaCode: '010' },
  { city: 'Den Haag', from: 2491, to: 2597, areaCode: '070' },
  { city: 'Utrecht', from: 3511, to: 3585, areaCode: '030' },
  { city: 'Amersfoort', from: 3811, to: 3829, areaCode: '033' },
  { city: 'Eindhoven', from: 5611, to: 5658, areaCode: '040' },
  { city: 'Groningen', from: 9711, to: 9747, areaCode: '050' },
  { city: 'Zwolle', from: 8011, to: 8043, areaCode: '038' },
  { city: 'Haarlem', from: 2011, to: 2037, areaCode: '023' },
  { city: 'Nijmegen', from: 6511, to: 6546, areaCode: '024' },
  { city: 'Leeuwarden', from: 8911, to: 8939, areaCode: '058' },
  { city: 'Maastricht', from: 6211, to: 6229, areaCode: '043' },
  { city: 'Breda', from: 4811, to: 4839, areaCode: '076' },
  { city: 'Leiden', from: 2311, to: 2334, areaCode: '071' },
] as const;

/** Postcode letters as used in practice (SA, SD and SS are never issued). */
export const postcodeLetters = 'ABCEGHJKLMNPRSTVWXZ';

export const emailDomains = ['voorbeeld.nl', 'example.com', 'example.nl', 'mail.example'] as const;

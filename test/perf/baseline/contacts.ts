/** Deterministic contact records for the baseline app: the same input gives the same rows. */
const firstNames = ['Jan', 'Fatima', 'Pieter', 'Sanne', 'Mohammed', 'Eva', 'Daan', 'Lotte', 'Noah', 'Emma'];
const lastNames = ['de Vries', 'El Amrani', 'Bakker', 'Jansen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos'];
const cities = ['Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen', 'Tilburg'];

export interface BaselineContact {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  city: string;
  organizationId: number;
  createdAt: string;
}

export function baselineContacts(count: number): BaselineContact[] {
  return Array.from({ length: count }, (_, index) => {
    const firstName = firstNames[index % firstNames.length];
    const lastName = lastNames[(index * 7) % lastNames.length];
    return {
      id: index + 1,
      firstName,
      lastName,
      email: `${firstName}.${lastName.replace(/\s/g, '')}.${index + 1}@voorbeeld.nl`.toLowerCase(),
      city: cities[(index * 3) % cities.length],
      organizationId: (index % 2) + 1,
      createdAt: new Date(Date.UTC(2024, 0, 1) + index * 86_400_000).toISOString(),
    };
  });
}

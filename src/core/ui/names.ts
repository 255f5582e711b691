export interface NameParts {
  firstName?: string | null;
  middleName?: string | null;
  lastName?: string | null;
}

export function fullName({ firstName, middleName, lastName }: NameParts): string {
  return [firstName, middleName, lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
}

import { fullName } from './names';

describe('fullName', () => {
  it('puts the tussenvoegsel between first and last name', () => {
    expect(fullName({ firstName: 'Jan', middleName: 'de', lastName: 'Vries' })).toBe('Jan de Vries');
  });

  it('skips a missing or empty tussenvoegsel', () => {
    expect(fullName({ firstName: 'Fatima', middleName: null, lastName: 'El Amrani' })).toBe(
      'Fatima El Amrani',
    );
    expect(fullName({ firstName: 'Pieter', middleName: '  ', lastName: 'Bakker' })).toBe(
      'Pieter Bakker',
    );
  });
});

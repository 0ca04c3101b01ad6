import { parseDecimal } from './decimal';
import { parseIndex } from './spbe-format';

describe('parseDecimal', () => {
  it('reads a comma as the decimal separator in Bahasa Indonesia and a point in English', () => {
    expect(parseDecimal('3,6', 'id')).toBe(3.6);
    expect(parseDecimal(' 3,65 ', 'id')).toBe(3.65);
    expect(parseDecimal('3.6', 'en')).toBe(3.6);
    expect(parseDecimal('1.234,5', 'id')).toBe(1234.5);
    expect(parseDecimal('1,234.5', 'en')).toBe(1234.5);
    expect(parseDecimal('1 234,5', 'id')).toBe(1234.5);
    expect(parseDecimal('-2,5', 'id')).toBe(-2.5);
    expect(parseDecimal('4', 'en')).toBe(4);
  });

  it("accepts the other language's separator where it cannot be a thousands separator", () => {
    expect(parseDecimal('3.6', 'id')).toBe(3.6);
    expect(parseDecimal('3,6', 'en')).toBe(3.6);
    expect(parseDecimal('3.65', 'id')).toBe(3.65);
  });

  it('refuses what is ambiguous or not a number', () => {
    expect(parseDecimal('3.600', 'id')).toBeNull();
    expect(parseDecimal('3,600', 'en')).toBeNull();
    for (const bad of ['', ' ', 'abc', '3,6,5', '1.23,4', '3,', ',5', '1,234.5', '3..6', '3e2', '0x10']) {
      expect(parseDecimal(bad, 'id')).toBeNull();
    }
    expect(parseDecimal('1,23.4', 'en')).toBeNull();
  });

  it('keeps parseIndex to 1,00-5,00 with two decimals, in both languages', () => {
    expect(parseIndex('3,6', 'id')).toBe(3.6);
    expect(parseIndex('3.6', 'en')).toBe(3.6);
    expect(parseIndex('3,6', 'en')).toBe(3.6);
    expect(parseIndex('5', 'id')).toBe(5);
    expect(parseIndex('3,655', 'id')).toBeNull();
    expect(parseIndex('5,01', 'id')).toBeNull();
    expect(parseIndex('0,9', 'id')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { dutchPhoneticKey } from './dutch-phonetic-key';

describe('names that sound the same to a Dutch ear share a key', () => {
  it.each([
    [['Janssen', 'Jansen', 'Janszen']],
    [['Meijer', 'Meyer', 'Meier', 'Mijer', 'Mĳer']],
    [['De Vries', 'Devries', 'de vries']],
    [['Hendriks', 'Hendrickx', 'Hendrix', 'Hendricks']],
    [['Bakker', 'Backer']],
    [['Kuipers', 'Cuypers', 'Kuijpers']],
    [['Schouten', 'Schoute']],
    [['Mohammed', 'Mohamed', 'Muhammad']],
    [['Yilmaz', 'Yılmaz']],
    [['Nguyen', 'Nguyễn']],
    [['Dijk', 'Dyk', 'Dĳk']],
    [['Smit', 'Smid', 'Smidt']],
  ])('%j', (names) => {
    const keys = new Set(names.map(dutchPhoneticKey));
    expect(keys.size).toBe(1);
  });

  it.each([
    ['Berg', 'Burg'],
    ['Jansen', 'Hansen'],
    ['Pietersen', 'Jansen'],
    ['Visser', 'Vos'],
    ['Bakker', 'Bekker'],
  ])('%s and %s stay apart', (a, b) => {
    expect(dutchPhoneticKey(a)).not.toBe(dutchPhoneticKey(b));
  });

  it('gives no key for a name without letters', () => {
    expect(dutchPhoneticKey(' - ')).toBe('');
  });
});

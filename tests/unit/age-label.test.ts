import { describe, expect, it } from 'vitest';
import { ageLabel } from '../../src/charts/series-labels.ts';

describe('age groups in words', () => {
  it('names school grades as Norwegian readers know them, never as codes', () => {
    expect(ageLabel('grade_7', 'nb')).toBe('7. trinn');
    expect(ageLabel('grade_5_7', 'nn')).toBe('5.–7. trinn');
    expect(ageLabel('grade_7', 'en')).toBe('grade 7');
    expect(ageLabel('grade_8_10', 'nb')).toBe('Ungdomsskolen');
  });
  it('names ranges and open ends, and leaves an unknown code as it is', () => {
    expect(ageLabel('0_74', 'nb')).toBe('0–74 år');
    expect(ageLabel('67_plus', 'en')).toBe('aged 67 and over');
    expect(ageLabel('weird', 'nb')).toBe('weird');
  });
});

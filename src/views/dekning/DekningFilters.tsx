import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useT } from '../../i18n/i18n.ts';
import { GroupSelect, LevelSelect } from '../shared/MeasureFilterSelects.tsx';
import { ReferenceSelect } from '../shared/ReferenceSelect.tsx';
import type { PlaceCoverage } from '../../queries/place-coverage.ts';
import { referenceFrom } from '../../queries/reference.ts';
import { PlacePicker } from '../shared/PlacePicker.tsx';

/** Place, year, plan, target group, prevention level and reference for Dekning. */
export function DekningFilters({
  data,
  params,
  geo,
  set,
}: {
  data: PlaceCoverage | null;
  params: Record<string, string>;
  geo: string;
  set: (p: Record<string, string>) => void;
}) {
  const { t } = useT();
  const now = new Date().getFullYear();
  const planYears = (data?.plans ?? [])
    .flatMap((p) => [Number(p.period_from), Number(p.period_to)])
    .filter(Number.isFinite);
  const first = Math.min(now, ...planYears);
  const years = Array.from(
    { length: Math.max(now, ...planYears) - first + 1 },
    (_, i) => first + i,
  );
  return (
    <div className="filters">
      <PlacePicker
        places={data?.places ?? []}
        value={geo}
        onChange={(code) => set({ geo: code, plan: '', year: '', from: '' })}
      />
      <Field>
        <Label>{t('dekning.year')}</Label>
        <Select
          value={params.year ?? ''}
          onChange={(e) => set({ year: e.target.value })}
          data-testid="year-select"
        >
          <option value="">{t('dekning.yearDefault', { year: data?.year ?? now })}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('dekning.plan')}</Label>
        <Select
          value={params.plan ?? ''}
          onChange={(e) => set({ plan: e.target.value })}
          data-testid="plan-select"
        >
          <option value="">{t('dekning.allPlans')}</option>
          {(data?.plans ?? []).map((p) => (
            <option key={String(p.id)} value={String(p.id)}>
              {String(p.title)}
            </option>
          ))}
        </Select>
      </Field>
      <ReferenceSelect
        value={referenceFrom(params.ref)}
        places={data?.places ?? []}
        kostra={data?.kostra ?? []}
        onChange={(ref) => set({ ref })}
      />
      <GroupSelect
        value={params.group ?? ''}
        onChange={(v) => set({ group: v })}
        testId="group-select"
      />
      <LevelSelect
        value={params.level ?? ''}
        onChange={(v) => set({ level: v })}
        testId="level-select"
      />
    </div>
  );
}

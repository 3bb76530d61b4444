/**
 * Indicator matching: each indicator a reader declares is matched to a known one (by id, then by
 * Norwegian name when that name is unique) or created (id from the file, valid and unique).
 */
import type { Row, Unit } from '../domain/contract.ts';
import { validateRow } from '../domain/validate.ts';
import { msg, type IngestMessage } from './messages.ts';
import { foldName } from './places.ts';
import type { ContextRow, IndicatorSpec, IngestOptions } from './types.ts';

const ID = /^[a-z0-9][a-z0-9._-]*$/;

/** Theme of a created indicator when neither the file nor the options say. */
export const DEFAULT_THEME: Record<IndicatorSpec['source_kind'], string> = {
  ungdata: 'youth-mental-health',
  brukerplan: 'adult-substance',
  medication: 'adult-mental-health',
  staffing: 'service-capacity',
  other: 'service-capacity',
};

/** An indicator a spec resolved to, or why it could not. */
export type Resolved =
  | { ok: true; id: string; unit: Unit; status: 'matched' | 'created'; counter: { n: number } }
  | { ok: false; reason: IngestMessage };

/** Resolves specs as readers declare them; remembers the rows to return. */
export class IndicatorResolver {
  private readonly byId = new Map<string, ContextRow>();
  private readonly byName = new Map<string, string[]>();
  private readonly bySpec = new Map<string, Resolved>();
  private readonly created = new Map<string, Row>();
  private readonly used = new Map<string, { status: 'matched' | 'created'; row: Row }>();
  /** Figures kept per indicator id (the caller counts through Resolved.counter). */
  private readonly counters = new Map<string, { n: number }>();

  private counter(id: string): { n: number } {
    let c = this.counters.get(id);
    if (!c) {
      c = { n: 0 };
      this.counters.set(id, c);
    }
    return c;
  }

  /** Figures kept for an indicator. */
  keptOf(id: string): number {
    return this.counters.get(id)?.n ?? 0;
  }

  constructor(
    context: readonly ContextRow[],
    private readonly options: IngestOptions,
    private readonly fileName: string,
    private readonly note: (m: IngestMessage) => void,
  ) {
    for (const r of context) {
      const id = r.id === null || r.id === undefined ? '' : String(r.id);
      if (!id) continue;
      this.byId.set(id, r);
      const name = foldName(String(r.name_nb ?? ''));
      if (name) this.byName.set(name, [...(this.byName.get(name) ?? []), id]);
    }
  }

  /** Resolves a spec (once per key). */
  define(spec: IndicatorSpec): void {
    if (this.bySpec.has(spec.key)) return;
    this.bySpec.set(spec.key, this.resolve(spec));
  }

  /** The indicator of a spec key. */
  get(key: string): Resolved | undefined {
    return this.bySpec.get(key);
  }

  private wantedId(spec: IndicatorSpec): string | undefined {
    const o = this.options.indicatorId;
    if (o && spec.base) return o;
    if (o && spec.suffix) return `${o}-${spec.suffix}`;
    return spec.id;
  }

  private resolve(spec: IndicatorSpec): Resolved {
    const wanted = this.wantedId(spec);
    if (wanted !== undefined) {
      if (!ID.test(wanted))
        return { ok: false, reason: msg('unknown-indicator.invalid-id', { id: wanted }) };
      const known = this.byId.get(wanted);
      if (known) return this.match(wanted, known, spec);
      return this.create(wanted, spec);
    }
    const bySuggested = this.byId.get(spec.suggestedId);
    if (bySuggested) return this.match(spec.suggestedId, bySuggested, spec);
    const named = this.byName.get(foldName(spec.name_nb)) ?? [];
    if (named.length === 1) {
      const id = named[0] as string;
      return this.match(id, this.byId.get(id) as ContextRow, spec);
    }
    let id = ID.test(spec.suggestedId) ? spec.suggestedId : 'import';
    for (let n = 2; this.byId.has(id) || this.created.has(id); n++) id = `${spec.suggestedId}-${n}`;
    return this.create(id, spec);
  }

  private match(id: string, row: ContextRow, spec: IndicatorSpec): Resolved {
    const unit = String(row.unit ?? '') as Unit;
    if (spec.unit && !spec.unitGuessed && spec.unit !== unit)
      this.note(msg('note.unit-differs', { name: spec.name_nb, unit: spec.unit, id, known: unit }));
    const full: Row = {};
    for (const [k, v] of Object.entries(row)) full[k] = v ?? null;
    this.used.set(id, { status: 'matched', row: full });
    return { ok: true, id, unit, status: 'matched', counter: this.counter(id) };
  }

  private create(id: string, spec: IndicatorSpec): Resolved {
    const existing = this.created.get(id);
    if (existing)
      return {
        ok: true,
        id,
        unit: existing.unit as Unit,
        status: 'created',
        counter: this.counter(id),
      };
    const unit = this.options.unit ?? spec.unit;
    if (!unit) return { ok: false, reason: msg('unknown-indicator.no-unit', { id }) };
    const theme = this.options.themeId ?? spec.theme_id ?? DEFAULT_THEME[spec.source_kind];
    const raw = {
      id,
      name_nb: spec.name_nb,
      name_en: spec.name_en ?? spec.name_nb,
      theme_id: theme,
      source_kind: spec.source_kind,
      unit,
      polarity: spec.polarity ?? 'neutral',
      population: spec.population ?? '',
      description_nb: spec.description_nb ?? `Importert fra ${this.fileName}.`,
      description_en: '',
    };
    const { row, issues } = validateRow('indicator', raw);
    if (issues.length > 0) {
      const i = issues[0];
      return {
        ok: false,
        reason: msg('unknown-indicator.cannot-create', {
          id,
          column: i?.column ?? '',
          rule: i?.rule ?? '',
          value: i?.value ?? '',
        }),
      };
    }
    this.created.set(id, row);
    this.used.set(id, { status: 'created', row });
    const guessed = Boolean(spec.unitGuessed && !this.options.unit);
    this.note(msg('note.indicator-created', { id, unit, theme, guessed }));
    return { ok: true, id, unit, status: 'created', counter: this.counter(id) };
  }

  /** Indicator rows that figures were kept for, created or matched, in order of first use. */
  rows(): { status: 'matched' | 'created'; row: Row }[] {
    return [...this.used.entries()].filter(([id]) => this.keptOf(id) > 0).map(([, v]) => v);
  }
}

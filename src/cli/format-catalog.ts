// `pii catalog` as readable text: the framework tree, then components and rules.
import { message, type MessageKey } from './messages';
import { indicatorsOf, subPillarsOf, type Catalog, type Formula } from '../catalog';
import { bi } from './io';

/** A short flag, "dùng chung/shared": both languages without spaces, to keep the line short. */
const flag = (key: MessageKey): string => {
  const t = message(key);
  return `${t.vi}/${t.en}`;
};

function formulaText(f: Formula): string {
  if (f.kind === 'direct') return f.value;
  const side = (ids: string[]) => (ids.length === 1 ? ids[0] : `(${ids.join(' + ')})`);
  return `${side(f.numerator)} / ${side(f.denominator)}${f.scale === 1 ? '' : ` × ${f.scale}`}`;
}

export function formatCatalog(c: Catalog): string[] {
  const agency = (id: string) => c.agencies.find((a) => a.id === id)?.name.vi ?? id;
  const out: string[] = [bi(c.name), `${bi(message('labelEdition'))}: ${c.edition}`];
  if (c.frameworkIndicatorCount !== undefined) {
    out.push(
      `${bi(message('labelIndicatorsInCatalog'))}: ${c.indicators.length}/${c.frameworkIndicatorCount}`,
    );
  }
  out.push('');
  for (const p of c.pillars) {
    out.push(`${p.code}. ${bi(p.name)} [${bi(message(p.side === 'input' ? 'sideInput' : 'sideOutput'))}]`);
    for (const s of subPillarsOf(c, p.code)) {
      out.push(`  ${s.code} ${bi(s.name)}${s.assumption ? ' (*)' : ''}`);
      for (const i of indicatorsOf(c, s.code)) {
        out.push(`    ${i.code} ${bi(i.shortName ?? i.name)}`);
        out.push(
          `        = ${formulaText(i.formula)}${i.unit.vi ? `  [${bi(i.unit)}]` : ''}  ${i.direction === 'higher' ? '↑' : '↓'}`,
        );
        if (i.lead.length) out.push(`        ${bi(message('labelLead'))}: ${i.lead.map(agency).join(', ')}`);
        if (i.assumption) out.push(`        (*) ${i.assumption.vi}`, `            ${i.assumption.en}`);
        if (i.note) out.push(`        (!) ${i.note.vi}`, `            ${i.note.en}`);
      }
    }
  }
  out.push('', `${bi(message('labelComponents'))}:`);
  for (const x of c.components) {
    const flags = [
      x.shared ? flag('flagShared') : '',
      x.evidenceRequired ? flag('flagEvidence') : '',
      x.required ? '' : flag('flagOptional'),
    ]
      .filter(Boolean)
      .join(', ');
    out.push(
      `  ${x.id.padEnd(24)} ${bi(x.name)}${x.unit.vi ? ` [${bi(x.unit)}]` : ''}${flags ? ` (${flags})` : ''}`,
    );
  }
  if (c.rules.length) {
    out.push('', `${bi(message('labelRules'))}:`);
    for (const r of c.rules)
      out.push(`  ${r.id}: ${r.part.join(' + ')} <= ${r.whole.join(' + ')} (${r.severity})`);
  }
  return out;
}

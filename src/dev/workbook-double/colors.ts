import { officeError } from './errors';

const NAMED: Readonly<Record<string, string>> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  lime: '#00FF00',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  silver: '#C0C0C0',
  pink: '#FFC0CB',
  lightgreen: '#90EE90',
  lightblue: '#ADD8E6',
  lightyellow: '#FFFFE0',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  darkred: '#8B0000',
  darkgreen: '#006400',
  darkblue: '#00008B',
};

/**
 * Excel reports colors as "#RRGGBB" whatever form was written. Hex and common HTML
 * names are normalised; other names are kept verbatim (the double has no full table).
 */
export function normaliseColor(color: unknown): string {
  if (typeof color !== 'string' || color.trim() === '')
    throw officeError('InvalidArgument', 'A color must be a non-empty string.');
  const text = color.trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toUpperCase();
  if (text.startsWith('#')) throw officeError('InvalidArgument', `'${text}' is not a valid color.`);
  return NAMED[text.toLowerCase()] ?? text;
}

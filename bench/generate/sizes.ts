/**
 * Dataset sizes. Counts scale together so that per-node degrees stay the same at
 * every size: a query that touches one skill's neighbourhood should cost the same
 * on S as on L when it is index-backed (that is what the S→L growth target checks).
 */
export type SizeName = 'S' | 'M' | 'L';

export interface SizeSpec {
  skills: number;
  companies: number;
  resources: number;
  frameworkItems: number;
  concepts: number;
  providers: number;
}

const scaled = (f: number): SizeSpec => ({
  skills: 10_000 * f,
  companies: 2_000 * f,
  resources: 20_000 * f,
  frameworkItems: 500 * f,
  concepts: 300 * f,
  providers: Math.max(20, 200 * f),
});

export const SIZES: Record<SizeName, SizeSpec> = { S: scaled(0.1), M: scaled(1), L: scaled(10) };

export function isSizeName(v: string): v is SizeName {
  return v === 'S' || v === 'M' || v === 'L';
}

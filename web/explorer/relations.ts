/** How a relationship reads from each end, for the side panel. */
const PHRASES: Record<string, [outgoing: string, incoming: string]> = {
  REQUIRES: ['Requires', 'Required by'],
  HIRES_FOR: ['Hires for', 'Hired by'],
  TEACHES: ['Teaches', 'Taught by'],
  OFFERED_BY: ['Offered by', 'Offers'],
  COVERS: ['Covers', 'Covered by'],
  HAS_ITEM: ['Has item', 'Item of'],
  PART_OF: ['Part of', 'Has part'],
  MAPS_TO: ['Maps to', 'Mapped from'],
  MITIGATES: ['Mitigates', 'Mitigated by'],
  USES: ['Uses', 'Used by'],
  IN_CATEGORY: ['In category', 'Category of'],
};

export function relationPhrase(type: string, outgoing: boolean): string {
  const phrases = PHRASES[type];
  if (!phrases) return outgoing ? type : `${type} (incoming)`;
  return outgoing ? phrases[0] : phrases[1];
}

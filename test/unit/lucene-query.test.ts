import { escapeLucene, searchWords, toLuceneQuery } from '../../src/domain/lucene-query';

describe('toLuceneQuery', () => {
  it('matches a phrase first, then every word by prefix or with a typo', () => {
    expect(toLuceneQuery('Model Security')).toBe(
      '"model security"^4 OR ((model OR model* OR model~1) AND (security OR security* OR security~1))',
    );
  });

  it('uses no fuzzy match on short words', () => {
    expect(toLuceneQuery('RAG')).toBe('(rag OR rag*)');
  });

  it('keeps ids such as ATLAS codes as one word', () => {
    expect(searchWords('AML.T0051 prompt')).toEqual(['aml.t0051', 'prompt']);
  });

  it("never passes Lucene syntax through: words hold only letters, digits and inner . _ '", () => {
    for (const attack of ['title:x OR *', 'a) OR (b', '"unterminated', 'x~999 AND y^100', '\\', '* OR *:*', 'name:/.*/']) {
      for (const word of searchWords(attack)) expect(word).toMatch(/^[\p{L}\p{N}]+([._'][\p{L}\p{N}]+)*$/u);
    }
    expect(toLuceneQuery('title:x OR *')).toBe('"title x or"^4 OR ((title OR title* OR title~1) AND (x OR x*) AND (or OR or*))');
  });

  it('returns null when there is nothing to search for', () => {
    expect(toLuceneQuery('')).toBeNull();
    expect(toLuceneQuery('   ')).toBeNull();
    expect(toLuceneQuery('!!! ** ::')).toBeNull();
  });

  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});

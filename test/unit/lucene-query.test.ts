import { escapeLucene, searchWords, toLuceneQuery } from '../../src/domain/lucene-query';

describe('toLuceneQuery', () => {
  it('one word: in every field, by prefix only in names, by stem, with a typo in names when long enough', () => {
    expect(toLuceneQuery('Poisoning')).toBe(
      [
        'name:(poisoning OR poisoning* OR poison* OR poisoning~1)^6',
        'title:(poisoning OR poisoning* OR poison* OR poisoning~1)^6',
        'code:(poisoning OR poisoning* OR poison*)^6',
        'aliases:(poisoning OR poisoning* OR poison* OR poisoning~1)^5',
        'authors:(poisoning OR poisoning* OR poison* OR poisoning~1)^3',
        'framework:(poisoning OR poison*)^1.5',
        'description:(poisoning OR poison*)^1',
        'summary:(poisoning OR poison*)^1',
      ]
        .join(' OR ')
        .replace(/^/, '(')
        .concat(')'),
    );
  });

  it('several words: the phrase in names scores, and every word must match somewhere', () => {
    const query = toLuceneQuery('Red Team')!;
    expect(query.startsWith('name:"red team"^10 OR title:"red team"^10 OR aliases:"red team"^8 OR (')).toBe(true);
    expect(query).toContain(') AND (');
    expect(query).toContain('name:(red OR red*)^6');
    expect(query).toContain('name:(team OR team*)^6');
  });

  it('no fuzzy match on short words', () => {
    expect(toLuceneQuery('RAG')).not.toContain('~');
  });

  it('keeps ids such as ATLAS codes as one word', () => {
    expect(searchWords('AML.T0051 prompt')).toEqual(['aml.t0051', 'prompt']);
    expect(toLuceneQuery('AML.T0051')).toContain('code:(aml.t0051 OR aml.t0051*)^6');
  });

  it("never passes Lucene syntax through: words hold only letters, digits and inner . _ '", () => {
    for (const attack of ['title:x OR *', 'a) OR (b', '"unterminated', 'x~999 AND y^100', '\\', '* OR *:*', 'name:/.*/']) {
      for (const word of searchWords(attack)) expect(word).toMatch(/^[\p{L}\p{N}]+([._'][\p{L}\p{N}]+)*$/u);
    }
    // Operators arrive lower-cased, which Lucene reads as plain terms.
    expect(searchWords('title:x OR *')).toEqual(['title', 'x', 'or']);
    expect(toLuceneQuery('x AND y')).toContain('name:(and OR and*)^6');
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

import type { IncomingMessage } from 'node:http';
import { Lexer, Source, TokenKind } from 'graphql';
import type { Config } from '../config';
import { ErrorCode } from '../errors';
import { sendError } from './http-errors';
import type { Guard } from './plain-http';

const OPENING = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

export interface PrecheckRefusal {
  reason: 'NESTING_LIMIT' | 'DIRECTIVE_LIMIT';
  message: string;
}

/**
 * Limits checked on the query text before graphql-js parses it. Its parser recurses once
 * per nesting level, so `{ a(x: [[[[…]]]]) }` thousands deep overflows the stack; and a
 * flood of directives would come back as one validation error per directive. graphql-js's
 * lexer walks tokens without recursion, so counting here is safe. At most `maxTokens`
 * tokens are read: beyond that the parser refuses the document anyway (TOKEN_LIMIT).
 * A lexing error is left for the parser to report.
 */
export function precheckDocument(
  query: string,
  limits: Pick<Config['limits'], 'maxNesting' | 'maxDirectives' | 'maxTokens'>,
): PrecheckRefusal | null {
  const lexer = new Lexer(new Source(query));
  let depth = 0;
  let directives = 0;
  try {
    for (let tokens = 0; tokens <= limits.maxTokens; tokens++) {
      const token = lexer.advance();
      if (token.kind === TokenKind.EOF) break;
      if (OPENING.has(token.kind) && ++depth > limits.maxNesting) {
        return {
          reason: 'NESTING_LIMIT',
          message: `The document nests braces, brackets and parentheses more than ${limits.maxNesting} deep (MAX_NESTING); flatten it.`,
        };
      }
      if (CLOSING.has(token.kind)) depth--;
      if (token.kind === TokenKind.AT && ++directives > limits.maxDirectives) {
        return {
          reason: 'DIRECTIVE_LIMIT',
          message: `The document uses more than ${limits.maxDirectives} directives (MAX_DIRECTIVES).`,
        };
      }
    }
  } catch {
    return null;
  }
  return null;
}

/** The query texts of a request: a GET's `query`, a JSON body's, or each of a batch's. */
function queryTexts(req: IncomingMessage & { body?: unknown }): string[] {
  const fromGet = req.method === 'GET' ? searchParams(req.url).get('query') : undefined;
  const bodies: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
  const texts = [fromGet, ...bodies.map((b) => (b && typeof b === 'object' ? (b as Record<string, unknown>).query : undefined))];
  return texts.filter((t): t is string => typeof t === 'string');
}

/** Refuses, with one 400 BAD_USER_INPUT naming the limit, what precheckDocument refuses. */
/** The query string of a request target (`/graphql?query=…`). */
function searchParams(url: string | undefined): URLSearchParams {
  const at = url?.indexOf('?') ?? -1;
  return new URLSearchParams(at < 0 ? '' : url!.slice(at + 1));
}

export function documentPrecheck(limits: Config['limits']): Guard {
  return (req, res, next) => {
    for (const text of queryTexts(req)) {
      const refusal = precheckDocument(text, limits);
      if (refusal) return sendError(res, 400, ErrorCode.BAD_USER_INPUT, refusal.message, { reason: refusal.reason });
    }
    next();
  };
}

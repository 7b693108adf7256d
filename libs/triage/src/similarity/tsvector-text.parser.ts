// Reads the text form of a Postgres tsvector ("'bso':3A 'groep':4A,9"), so the stored search_vector
// can be scored without stemming the candidate's text a second time.

/** One stemmed word at its position; `title` is true for weight A (the title, see signal.entity.ts). */
export interface StemToken {
  lexeme: string;
  position: number;
  title: boolean;
}

const QUOTE = 39; // '
const BACKSLASH = 92;
const COLON = 58;

/** Tokens in text order. Lexemes without positions (a stripped vector) get position 0. */
export function parseTsvectorText(text: string): StemToken[] {
  const tokens: StemToken[] = [];
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) !== QUOTE) {
      i += 1;
      continue;
    }
    // A quoted lexeme: '' is a quote, a backslash escapes the next character.
    let lexeme = '';
    let start = i + 1;
    i = start;
    for (;;) {
      if (i >= text.length) return sortByPosition(tokens);
      const code = text.charCodeAt(i);
      if (code === BACKSLASH) {
        lexeme += text.slice(start, i) + text.charAt(i + 1);
        i += 2;
        start = i;
      } else if (code === QUOTE && text.charCodeAt(i + 1) === QUOTE) {
        lexeme += text.slice(start, i) + "'";
        i += 2;
        start = i;
      } else if (code === QUOTE) {
        lexeme += text.slice(start, i);
        i += 1;
        break;
      } else {
        i += 1;
      }
    }
    if (text.charCodeAt(i) !== COLON) {
      tokens.push({ lexeme, position: 0, title: false });
      continue;
    }
    i += 1;
    // Positions: 12A,17,30B
    while (i < text.length) {
      let position = 0;
      while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
        position = position * 10 + text.charCodeAt(i) - 48;
        i += 1;
      }
      const weight = text.charAt(i);
      const title = weight === 'A';
      if (weight >= 'A' && weight <= 'D') i += 1;
      tokens.push({ lexeme, position, title });
      if (text.charAt(i) !== ',') break;
      i += 1;
    }
  }
  return sortByPosition(tokens);
}

function sortByPosition(tokens: StemToken[]): StemToken[] {
  // Stable sort: lexemes at one position keep the vector's (alphabetical) order.
  return tokens.sort((a, b) => a.position - b.position);
}

/** Quotes a lexeme as a tsquery operand, so it is taken literally (no parsing, no stemming). */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

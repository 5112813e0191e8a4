// The Mojo language for CodeMirror 6 (a StreamLanguage parser), shared by Mojito's JupyterLab
// extension (lib/index.js) and the website's try-it editor (web/editor/src/editor.js), so notebooks
// and the website highlight Mojo the same way. Plain JavaScript without imports.
//
// Mojo 1.2 keywords and the 2023 dialect's (fn, let, inout, owned, borrowed, alias), decorators,
// `comptime`, the `^` transfer sigil, strings, raw strings and t-strings, numbers, standard types.
const KEYWORDS = new Set([
  // Python's
  'and', 'as', 'assert', 'async', 'await', 'break', 'case', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'match',
  'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
  // Mojo 1.2
  'var', 'comptime', 'struct', 'trait', 'raises', 'capturing', 'escaping', 'ref', 'mut', 'out', 'read',
  'deinit', 'where', 'alias',
  // the 2023 dialect (accepted with a warning)
  'fn', 'let', 'inout', 'owned', 'borrowed',
]);
const ATOMS = new Set(['True', 'False', 'None', 'Self', 'self']);
const TYPES = new Set([
  'Int', 'UInt', 'Int8', 'Int16', 'Int32', 'Int64', 'UInt8', 'UInt16', 'UInt32', 'UInt64', 'Float16',
  'Float32', 'Float64', 'BFloat16', 'Bool', 'String', 'StringLiteral', 'StringSlice', 'SIMD', 'DType',
  'List', 'Dict', 'Set', 'Optional', 'Tuple', 'Span', 'Pointer', 'UnsafePointer', 'Error',
  'PythonObject', 'DynamicVector', 'Movable', 'Copyable', 'ImplicitlyCopyable', 'Writable',
  'Stringable', 'Intable', 'AnyType', 'Scalar', 'InlineArray', 'Variant', 'Python',
]);
const BUILTINS = new Set([
  'print', 'len', 'range', 'abs', 'min', 'max', 'str', 'int', 'float', 'bool', 'repr', 'round',
  'rebind', 'type_of', 'isinstance', 'enumerate', 'zip', 'sorted', 'reversed', 'sum', 'any', 'all',
]);
const DEFINERS = new Set(['def', 'fn', 'struct', 'trait', 'class']);

function tokenString(stream, state) {
  // Strings, raw strings and t-strings (`t"x = {x}"`, Mojo 1.2's templates) alike.
  const s = state.string;
  while (!stream.eol()) {
    if (stream.match(s.quote)) {
      state.string = null;
      return 'string';
    }
    if (stream.next() === '\\' && !s.raw) stream.next();
  }
  if (s.quote.length < 3) state.string = null; // a one-line string ends with its line
  return 'string';
}

function readToken(stream, state) {
  if (stream.match('#')) {
    stream.skipToEnd();
    return 'comment';
  }
  if (stream.sol() || stream.string.slice(0, stream.start).trim() === '') {
    if (stream.match(/^@[A-Za-z_][\w.]*/)) return 'meta'; // decorators: @register_passable, @parameter, ...
  }
  const str = stream.match(/^([rRbBfFtTuU]{0,2})("""|'''|"|')/);
  if (str) {
    const prefix = str[1].toLowerCase();
    state.string = { quote: str[2], raw: prefix.includes('r') };
    return tokenString(stream, state);
  }
  if (stream.match(/^(0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(\d[\d_]*)?\.?\d[\d_]*([eE][+-]?\d+)?)/)) {
    return 'number';
  }
  const word = stream.match(/^[A-Za-z_]\w*/);
  if (word) {
    const w = word[0];
    if (state.afterDef) {
      state.afterDef = false;
      return 'def';
    }
    if (KEYWORDS.has(w)) {
      state.afterDef = DEFINERS.has(w);
      return 'keyword';
    }
    if (ATOMS.has(w)) return 'atom';
    if (TYPES.has(w)) return 'type';
    if (BUILTINS.has(w) && stream.peek() === '(') return 'builtin';
    return 'variable';
  }
  if (stream.match('^')) return 'operator'; // the transfer sigil: x^
  if (stream.match(/^(\*\*=?|\/\/=?|->|[-+*/%&|<>=!~]=?|:=|@)/)) return 'operator';
  stream.next();
  return null;
}

export const mojoStreamParser = {
  name: 'mojo',
  startState: () => ({ string: null, afterDef: false, lineIndent: 0, colon: false }),
  copyState: (s) => ({ ...s }),
  token(stream, state) {
    if (state.string) return tokenString(stream, state);
    if (stream.sol()) {
      state.lineIndent = stream.indentation();
      state.colon = false;
    }
    if (stream.eatSpace()) return null;
    if (stream.peek() === '#') return readToken(stream, state); // a comment keeps the colon
    const style = readToken(stream, state);
    state.colon = stream.current() === ':';
    return style;
  },
  // A line ending in `:` opens a block; `else`, `elif`, `except`, `finally` close one.
  indent(state, textAfter, cx) {
    const base = state.lineIndent + (state.colon ? cx.unit : 0);
    return /^\s*(elif|else|except|finally)\b/.test(textAfter) ? Math.max(0, base - cx.unit) : base;
  },
  languageData: {
    commentTokens: { line: '#' },
    indentOnInput: /^\s*(elif|else|except|finally)\b/,
    closeBrackets: { brackets: ['(', '[', '{', "'", '"'] },
  },
};

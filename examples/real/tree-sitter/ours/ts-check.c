/* ts-check.c: ours, not tree-sitter's. A small program that links the
 * tree-sitter runtime (vendor/tree-sitter/lib/src/lib.c) and runs its API:
 * a parser with no language, then a parser with a tiny language written by
 * hand below, parsing, walking the tree, reading node positions, and a
 * query. It prints what it finds; t/real/tree-sitter/expected-output holds
 * what it must print.
 *
 * The language: a source_file is exactly two words, a word is [a-z]+, and
 * white space between tokens is skipped. Its tables are laid out as the
 * tree-sitter CLI would generate them for the grammar
 *     source_file: $ => seq($.word, $.word),
 *     word: $ => /[a-z]+/
 * with every parse state a "large" one (a plain table row). The macros
 * (START_LEXER, SHIFT, REDUCE...) and the TSLanguage layout come from the
 * runtime's lib/src/parser.h, the header generated parsers include. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tree_sitter/api.h"
#include "parser.h"

enum { sym_word = 1, sym_source_file = 2 };

#define STATE_COUNT 5
#define LARGE_STATE_COUNT 5
#define SYMBOL_COUNT 3
#define TOKEN_COUNT 2
#define PRODUCTION_ID_COUNT 1
#define MAX_ALIAS_SEQUENCE_LENGTH 2

static const char *const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym_word] = "word",
  [sym_source_file] = "source_file",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym_word] = sym_word,
  [sym_source_file] = sym_source_file,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = { .visible = false, .named = true },
  [sym_word] = { .visible = true, .named = true },
  [sym_source_file] = { .visible = true, .named = true },
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = { 0 },
};

static const uint16_t ts_non_terminal_alias_map[] = { 0 };

static const TSStateId ts_primary_state_ids[STATE_COUNT] = { 0, 1, 2, 3, 4 };

/* Lexer: state 0 skips white space and starts a word or the end; state 1
 * is inside a word; state 2 accepts the end of the input. */
static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(2);
      if ((lookahead >= '\t' && lookahead <= '\r') || lookahead == ' ') SKIP(0);
      if (lookahead >= 'a' && lookahead <= 'z') ADVANCE(1);
      END_STATE();
    case 1:
      ACCEPT_TOKEN(sym_word);
      if (lookahead >= 'a' && lookahead <= 'z') ADVANCE(1);
      END_STATE();
    case 2:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexerMode ts_lex_modes[STATE_COUNT] = {
  [0] = { .lex_state = 0 },
  [1] = { .lex_state = 0 },
  [2] = { .lex_state = 0 },
  [3] = { .lex_state = 0 },
  [4] = { .lex_state = 0 },
};

/* Parse states: 0 is the error-recovery state, 1 the start; 2 follows one
 * word, 4 two words (reduce), 3 a whole source_file (accept). For a token
 * the table holds an index into ts_parse_actions, for a nonterminal the
 * state to go to. */
static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = { [ts_builtin_sym_end] = ACTIONS(1), [sym_word] = ACTIONS(1) },
  [1] = { [sym_word] = ACTIONS(3), [sym_source_file] = STATE(3) },
  [2] = { [sym_word] = ACTIONS(7) },
  [3] = { [ts_builtin_sym_end] = ACTIONS(5) },
  [4] = { [ts_builtin_sym_end] = ACTIONS(9) },
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = { .entry = { .count = 0, .reusable = false } },
  [1] = { .entry = { .count = 1, .reusable = false } }, RECOVER(),
  [3] = { .entry = { .count = 1, .reusable = true } }, SHIFT(2),
  [5] = { .entry = { .count = 1, .reusable = true } }, ACCEPT_INPUT(),
  [7] = { .entry = { .count = 1, .reusable = true } }, SHIFT(4),
  [9] = { .entry = { .count = 1, .reusable = true } }, REDUCE(sym_source_file, 2, 0, 0),
};

static const TSLanguage two_words = {
  .abi_version = TREE_SITTER_LANGUAGE_VERSION,
  .symbol_count = SYMBOL_COUNT,
  .alias_count = 0,
  .token_count = TOKEN_COUNT,
  .external_token_count = 0,
  .state_count = STATE_COUNT,
  .large_state_count = LARGE_STATE_COUNT,
  .production_id_count = PRODUCTION_ID_COUNT,
  .field_count = 0,
  .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
  .parse_table = &ts_parse_table[0][0],
  .parse_actions = ts_parse_actions,
  .symbol_names = ts_symbol_names,
  .symbol_metadata = ts_symbol_metadata,
  .public_symbol_map = ts_symbol_map,
  .alias_map = ts_non_terminal_alias_map,
  .alias_sequences = &ts_alias_sequences[0][0],
  .lex_modes = ts_lex_modes,
  .lex_fn = ts_lex,
  .primary_state_ids = ts_primary_state_ids,
  .name = "two_words",
  .max_reserved_word_set_size = 0,
  .metadata = { .major_version = 1, .minor_version = 2, .patch_version = 3 },
};

static void print_tree(const char *label, TSTree *tree) {
  char *s = ts_node_string(ts_tree_root_node(tree));
  printf("%s: %s\n", label, s);
  free(s);
}

int main(void) {
  const TSLanguage *lang = &two_words;
  const TSLanguageMetadata *meta;
  TSParser *parser;
  TSTree *tree;
  TSNode root;
  TSQuery *query;
  TSQueryCursor *cursor;
  TSQueryMatch match;
  TSQueryError query_error;
  uint32_t i, error_offset, capture_index;
  const char *text = "hello  world\n";

  /* The library's own numbers. */
  printf("language version %d (compatible from %d)\n",
         TREE_SITTER_LANGUAGE_VERSION,
         TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION);

  /* A parser with no language parses nothing. */
  parser = ts_parser_new();
  printf("no language: %s, parse %s\n",
         ts_parser_language(parser) ? "set" : "none",
         ts_parser_parse_string(parser, NULL, "x", 1) ? "gave a tree"
                                                      : "gave no tree");

  /* The hand-written language, as the library sees it. */
  meta = ts_language_metadata(lang);
  printf("language %s %u.%u.%u: abi %u, %u symbols, %u states\n",
         ts_language_name(lang), meta->major_version, meta->minor_version,
         meta->patch_version, ts_language_abi_version(lang),
         ts_language_symbol_count(lang), ts_language_state_count(lang));
  for (i = 0; i < ts_language_symbol_count(lang); i++) {
    printf("  symbol %u %s (%s)\n", i, ts_language_symbol_name(lang, (TSSymbol)i),
           ts_language_symbol_type(lang, (TSSymbol)i) == TSSymbolTypeRegular
               ? "named" : "other");
  }
  printf("symbol for \"word\": %u\n",
         ts_language_symbol_for_name(lang, "word", 4, true));

  if (!ts_parser_set_language(parser, lang)) {
    printf("ts_parser_set_language refused the language\n");
    return 1;
  }
  printf("set language: %s\n", ts_parser_language(parser) == lang ? "yes" : "no");

  /* A good parse, and the nodes of its tree. */
  tree = ts_parser_parse_string(parser, NULL, text, (uint32_t)strlen(text));
  print_tree("tree", tree);
  root = ts_tree_root_node(tree);
  printf("root %s: bytes %u-%u, %u children, error %s\n", ts_node_type(root),
         ts_node_start_byte(root), ts_node_end_byte(root),
         ts_node_child_count(root), ts_node_has_error(root) ? "yes" : "no");
  for (i = 0; i < ts_node_named_child_count(root); i++) {
    TSNode child = ts_node_named_child(root, i);
    TSPoint start = ts_node_start_point(child);
    printf("  child %u %s at %u:%u \"%.*s\"\n", i, ts_node_type(child),
           start.row, start.column,
           (int)(ts_node_end_byte(child) - ts_node_start_byte(child)),
           text + ts_node_start_byte(child));
  }

  /* A query over that tree: every word, captured. */
  query = ts_query_new(lang, "(word) @w", 9, &error_offset, &query_error);
  if (!query) {
    printf("query: error %d at %u\n", (int)query_error, error_offset);
    return 1;
  }
  cursor = ts_query_cursor_new();
  ts_query_cursor_exec(cursor, query, root);
  while (ts_query_cursor_next_capture(cursor, &match, &capture_index)) {
    TSNode node = match.captures[capture_index].node;
    uint32_t name_length;
    const char *name = ts_query_capture_name_for_id(
        query, match.captures[capture_index].index, &name_length);
    printf("capture @%.*s: \"%.*s\"\n", (int)name_length, name,
           (int)(ts_node_end_byte(node) - ts_node_start_byte(node)),
           text + ts_node_start_byte(node));
  }
  ts_query_cursor_delete(cursor);
  ts_query_delete(query);
  ts_tree_delete(tree);

  /* Bad input: the parse still gives a tree, which has an error. */
  tree = ts_parser_parse_string(parser, NULL, "one two three", 13);
  root = ts_tree_root_node(tree);
  printf("bad input: error %s\n", ts_node_has_error(root) ? "yes" : "no");
  print_tree("bad tree", tree);
  ts_tree_delete(tree);

  ts_parser_delete(parser);
  return 0;
}
